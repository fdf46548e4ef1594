# The portal's image: gunicorn (web), celery (worker, beat). docker-compose.yml runs it; README.md says how.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DJANGO_SETTINGS_MODULE=jointcouncils.settings.prod \
    MEDIA_ROOT=/app/media

# WeasyPrint renders the PDFs with Pango; DejaVu has every French glyph; gettext compiles the translations;
# manage.py backup and restore run pg_dump and pg_restore, of the same major version as the postgres:15 service.
RUN apt-get update \
    && apt-get install -y --no-install-recommends libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core gettext \
       postgresql-client-15 \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app

# The pinned set first, so that a code change does not reinstall the dependencies.
COPY requirements.lock pyproject.toml ./
RUN pip install -r requirements.lock

# A user of its own: the processes do not run as root.
RUN groupadd --system --gid 10001 portal \
    && useradd --system --uid 10001 --gid portal --home-dir /app --no-create-home --shell /usr/sbin/nologin portal

COPY --chown=portal:portal . .
# The web command writes compiled translations (locale/, which compilemessages needs even when empty) and
# collected static files (staticfiles/) here; media/ is a volume shared by web and worker.
RUN mkdir -p /app/staticfiles /app/media /app/locale && chown portal:portal /app /app/staticfiles /app/media /app/locale

USER portal
EXPOSE 8000

CMD ["gunicorn", "jointcouncils.wsgi", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
