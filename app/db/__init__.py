"""The database: typed declarative models, the engine, the unit of work and migrations."""
