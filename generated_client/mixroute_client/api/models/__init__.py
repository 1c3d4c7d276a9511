# Generated from mixroute.yaml by `make generate`: change the spec or generator/, never this file.
"""Contains endpoint functions for accessing the API"""
