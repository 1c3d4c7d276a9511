# Generated from fixture.yaml by `make generate`: change the spec or generator/, never this file.
"""Contains methods for accessing the API"""
