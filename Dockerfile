# syntax=docker/dockerfile:1
# Build stage: install dependencies into a virtualenv, compile translations and collect
# static files, so that the runtime image carries only what it serves.
FROM python:3.11-slim-bookworm AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PYTHONDONTWRITEBYTECODE=1
RUN apt-get update && apt-get install -y --no-install-recommends gettext \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
RUN python -m venv /venv
COPY requirements.txt .
RUN /venv/bin/pip install --no-cache-dir -r requirements.txt
COPY . .
# Build-time only settings: a throwaway key; nothing here is used at run time.
ENV DJANGO_SETTINGS_MODULE=clusterportal.settings.production
RUN DJANGO_SECRET_KEY=build-only-$(python -c 'import secrets; print(secrets.token_urlsafe(64))') \
    /venv/bin/python manage.py compilemessages --ignore=.venv -v 0 \
    && DJANGO_SECRET_KEY=build-only-$(python -c 'import secrets; print(secrets.token_urlsafe(64))') \
    /venv/bin/python manage.py collectstatic --noinput -v 0

# Runtime stage: non-root, gunicorn, health check on /healthz. The code belongs to root, so
# the app user cannot change what it runs; it writes only to /data (uploaded media, the
# file cache; an SQLite file if DATABASE_URL points there).
FROM python:3.11-slim-bookworm
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PATH="/venv/bin:$PATH" \
    DJANGO_SETTINGS_MODULE=clusterportal.settings.production PORT=8000 \
    MEDIA_ROOT=/data/media DJANGO_CACHE_DIR=/data/cache
RUN groupadd --system portal && useradd --system --gid portal --home-dir /nonexistent \
    --no-create-home --shell /usr/sbin/nologin portal \
    && mkdir -p /data/media /data/cache && chown -R portal:portal /data
WORKDIR /app
COPY --from=build /venv /venv
COPY --from=build /app /app
USER portal
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "scripts/healthcheck.py"]
# Migrations run as a separate release step: `docker run IMAGE python manage.py migrate`.
ENV GUNICORN_BIND=0.0.0.0:8000
CMD ["gunicorn", "-c", "gunicorn.conf.py", "clusterportal.wsgi"]
