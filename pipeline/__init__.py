"""vnreport: Vietnamese Party and government reports to normalized tables.

Data flows one way: load → normalize → segment → extract → resolve → write.
"""
__version__ = "0.1.0"
