"""Shared pytest configuration."""


def pytest_configure(config):
    config.addinivalue_line("markers", "neo4j: starts a real local Neo4j server (needs java and mvn)")
