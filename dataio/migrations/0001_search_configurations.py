"""PostgreSQL: the unaccent extension, and text search configurations that drop accents before stemming.

english_unaccent and french_unaccent copy the english and french configurations and put unaccent in front of
their stemmers, so that "identite" and "Identité" give the same lexeme. Nothing happens on another database.
"""

from django.contrib.postgres.operations import UnaccentExtension
from django.db import migrations

CONFIGS = {"english_unaccent": ("english", "english_stem"), "french_unaccent": ("french", "french_stem")}


def create_configurations(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        for name, (parent, stemmer) in CONFIGS.items():
            cursor.execute("SELECT 1 FROM pg_ts_config WHERE cfgname = %s", [name])
            if cursor.fetchone():
                continue
            cursor.execute(f"CREATE TEXT SEARCH CONFIGURATION {name} ( COPY = {parent} )")
            cursor.execute(
                f"ALTER TEXT SEARCH CONFIGURATION {name} "
                f"ALTER MAPPING FOR hword, hword_part, word, asciiword, asciihword, hword_asciipart WITH unaccent, {stemmer}"
            )


def drop_configurations(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        for name in CONFIGS:
            cursor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")


class Migration(migrations.Migration):
    initial = True
    dependencies = []

    operations = [
        UnaccentExtension(),
        migrations.RunPython(create_configurations, drop_configurations),
    ]
