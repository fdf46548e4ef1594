"""PostgreSQL: GIN expression indexes for the search, one per kind of record and language.

Each index is built from the very SearchVector expression dataio.search filters on (compiled by Django, so the
planner recognises it), over the columns listed here: they are frozen copies of dataio.search.TARGETS. When the
searched columns change, add a migration with new indexes (tests/dataio/test_search.py checks that the search
uses them). Nothing happens on another database.
"""

from django.db import migrations

# (app label, model, translated fields, untranslated fields): dataio.search.TARGETS when this was written.
TARGETS = [
    ("workinggroups", "WorkingGroup", ("name", "acronym", "mandate"), ("slug",)),
    ("councils", "Person", ("title",), ("given_name", "family_name", "email")),
    ("councils", "Organisation", ("name", "acronym"), ()),
    ("councils", "Council", ("name", "acronym", "description"), ()),
    ("priorities", "Priority", ("name", "acronym", "definition", "scope", "lead_note"), ()),
    ("logicmodel", "Outcome", ("name", "description"), ("code",)),
    ("logicmodel", "Principle", ("name", "description"), ()),
    ("meetings", "Meeting", ("title", "city", "venue", "objectives", "context"), ()),
    ("meetings", "AgendaItem", ("title", "objectives", "context", "discussion_questions", "decision_sought"), ()),
    ("meetings", "Decision", ("text",), ()),
    ("meetings", "ActionItem", ("description", "closing_note"), ()),
]
CONFIGS = {"en": "english_unaccent", "fr": "french_unaccent"}


def index_name(model: str, language: str) -> str:
    return f"dataio_search_{model.lower()}_{language}"


def _indexes(apps, connection):
    from django.contrib.postgres.search import SearchVector
    from django.db.models.sql import Query

    for app_label, model_name, translated, plain in TARGETS:
        model = apps.get_model(app_label, model_name)
        for language, config in CONFIGS.items():
            columns = [f"{name}_{language}" for name in translated] + list(plain)
            query = Query(model)
            expression = SearchVector(*columns, config=config).resolve_expression(query)
            compiler = query.get_compiler(connection=connection)
            sql, params = compiler.compile(expression)
            # Index expressions name the table's columns bare.
            sql = sql.replace(f'{connection.ops.quote_name(model._meta.db_table)}.', "")
            yield model._meta.db_table, index_name(model_name, language), connection.ops.compose_sql(sql, params)


def create_indexes(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        for table, name, expression in _indexes(apps, connection):
            cursor.execute(f'CREATE INDEX IF NOT EXISTS "{name}" ON "{table}" USING gin (({expression}))')


def drop_indexes(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        for _table, name, _expression in _indexes(apps, connection):
            cursor.execute(f'DROP INDEX IF EXISTS "{name}"')


class Migration(migrations.Migration):
    dependencies = [
        ("dataio", "0001_search_configurations"),
        ("councils", "0002_jurisdiction_level_not_recorded"),
        ("workinggroups", "0002_reporting"),
        ("priorities", "0001_initial"),
        ("logicmodel", "0002_indicators"),
        ("meetings", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_indexes, drop_indexes)]
