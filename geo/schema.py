"""The database tables: articles, their events, and the online geocoder's answers."""

from sqlalchemy import Column, Date, DateTime, Float, ForeignKey, Integer, MetaData, String, Table, Text

metadata = MetaData()
articles_table = Table(
    "articles",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("name", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("title", Text, nullable=False, default=""),
    Column("outlet", Text, nullable=False, default=""),
    Column("url", Text, nullable=False, default=""),
    Column("published", Date),
    Column("metadata_source", Text, nullable=False, default=""),
    Column("added_at", DateTime(timezone=True), nullable=False),
    Column("pipeline_version", String(20), nullable=False),
)
events_table = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("date", Date, index=True),
    Column("data", Text, nullable=False),  # the event's fields as JSON (see geo.events.Event)
)
geocode_table = Table(
    "geocode_cache",
    metadata,
    Column("service", String(40), primary_key=True),
    Column("query", Text, primary_key=True),
    Column("lat", Float),  # NULL: the service found nothing
    Column("lon", Float),
    Column("address", Text),
)
