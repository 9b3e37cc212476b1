"""What every environment shares, read from the environment (README, Configuration).

Never named as DJANGO_SETTINGS_MODULE: ``production`` (gunicorn, the container, `make run`),
``dev`` (``manage.py``) and ``test`` (pytest) import it and decide what differs between
them: the secret key and how strictly it is judged, debug, and HTTPS for plain-HTTP use.
The defaults here are production's: debug off, HTTPS enforced, no wildcard host.
"""

import tempfile
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.utils.translation import gettext_lazy as _

from clusterportal.env import env_bool, env_int, env_list, env_str, env_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"

DEBUG = False  # only dev turns it on
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    # modeltranslation must come before the admin so that it can patch it.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "django_countries",
    "django_filters",
    "simple_history",
    "import_export",
    "axes",
    "csp",
    "core",
    "clusters",
    "alliance",
    "programmes",
    "clusterportal",
]

MIDDLEWARE = [
    # Only GET, HEAD and POST; HEAD answered as GET without a body (core.middleware).
    "core.middleware.HttpMethodsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # ETag on every page, and 304 Not Modified when the visitor has it already.
    "django.middleware.http.ConditionalGetMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Public pages for visitors without a session, before anything needs the database.
    "core.pagecache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    # An address too long for any page: the portal's own 414 page (core.middleware). After
    # the middleware above, which reads no database and gives the page its security
    # headers (CSP, X-Frame-Options); before everything that may read the database.
    "core.middleware.LongUrlMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Axes after authentication, so that it sees its outcome.
    "axes.middleware.AxesMiddleware",
    # The admin's "view on site" only for records the user may view (after authentication).
    "core.middleware.AdminViewOnSiteMiddleware",
]

# The page cache (core.pagecache): off only to measure pages uncached.
PAGE_CACHE = env_bool("DJANGO_PAGE_CACHE", default=True)

ROOT_URLCONF = "clusterportal.urls"
WSGI_APPLICATION = "clusterportal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "clusterportal.partnersearch.state.context",
            ],
        },
    },
]

# One DATABASE_URL; an SQLite file under var/ when it is unset.
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DJANGO_CONN_MAX_AGE", 60, minimum=0),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"].endswith("postgresql"):
    # An unreachable server is noticed within seconds, so that pages answer "temporarily
    # unavailable" (503) quickly instead of hanging.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault(
        "connect_timeout", env_int("DJANGO_DB_CONNECT_TIMEOUT", 3, minimum=1)
    )
    # No JIT compilation and no parallel workers: the portal's queries take milliseconds.
    # PostgreSQL compiled those it over-estimated (a per-row subquery over 10,000
    # clusters) for longer than they run (13 ms for a 50 ms query), and starting workers
    # for a common search word cost more than it saved (35 ms against 24 ms), while the
    # other requests want the same cores. A pooler in front (PgBouncer) must let the
    # ``options`` start-up parameter through (ignore_startup_parameters).
    DATABASES["default"]["OPTIONS"].setdefault(
        "options", "-c jit=off -c max_parallel_workers_per_gather=0"
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env_url("REDIS_URL", schemes=("redis", "rediss", "unix"))
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
        }
    }
else:
    # A file cache, so that the worker processes of one machine share it (and see the
    # same invalidations); several machines need REDIS_URL.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": env_str("DJANGO_CACHE_DIR", str(VAR_DIR / "cache")),
            # Room for the pages of the page cache (300 by default); past it, a third of
            # the entries are dropped, which only costs recomputing them.
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }

# An import's file waits between its preview and its confirmation: in the shared cache
# when there is one (any app server may get the confirmation), else in the temp folder
# (shared by the workers of one machine; a process-local cache is not).
IMPORT_EXPORT_TMP_STORAGE_CLASS = (
    "import_export.tmp_storages.CacheStorage"
    if REDIS_URL
    else "import_export.tmp_storages.TempFolderStorage"
)

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Lithuanian first; content fields fall back to the other language when empty.
LANGUAGE_CODE = "lt"
LANGUAGES = [("lt", _("Lithuanian")), ("en", _("English"))]
# locale/ is the project's (kept by `make messages`); locale_vendor/ gives the admin's
# libraries the Lithuanian they lack or get wrong (Django's admin, django-import-export,
# django-simple-history, django-axes). The first path wins, and both win over the libraries.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_vendor"]
USE_I18N = True
# Lithuanian numbers with a space between thousands (clusterportal/formats/lt/).
FORMAT_MODULE_PATH = ["clusterportal.formats"]
USE_TZ = True
TIME_ZONE = "Europe/Vilnius"
MODELTRANSLATION_DEFAULT_LANGUAGE = "lt"
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ("lt", "en"), "lt": ("en",), "en": ("lt",)}

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# WhiteNoise does not know the web app manifest's type.
WHITENOISE_MIMETYPES = {".webmanifest": "application/manifest+json"}
# Uploaded media are served by the app itself unless a front server or object storage
# takes over (set DJANGO_SERVE_MEDIA=0 then).
SERVE_MEDIA = env_bool("DJANGO_SERVE_MEDIA", default=True)

# Security. HTTPS is assumed; `make run` turns the redirect and secure cookies off because
# it serves plain HTTP on loopback (dev turns them off too, test the redirect only).
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
# The load balancer's and container's health checks speak plain HTTP on the inside.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_COOKIES = env_bool("DJANGO_SECURE_COOKIES", default=True)
SESSION_COOKIE_SECURE = SECURE_COOKIES
CSRF_COOKIE_SECURE = SECURE_COOKIES
SESSION_COOKIE_HTTPONLY = True
SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 31536000, minimum=0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SILENCED_SYSTEM_CHECKS = []
if not SECURE_SSL_REDIRECT:
    # Turned off on purpose (behind a proxy that redirects, or plain-HTTP `make run`).
    SILENCED_SYSTEM_CHECKS.append("security.W008")

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
    }
}

# Login throttling: lock after repeated failures, unlock after a cool-off (what is locked:
# see the end of this file).
AXES_FAILURE_LIMIT = env_int("DJANGO_AXES_FAILURE_LIMIT", 10, minimum=1)
AXES_COOLOFF_TIME = env_int("DJANGO_AXES_COOLOFF_MINUTES", 30, minimum=1) / 60
AXES_RESET_ON_SUCCESS = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("DJANGO_LOG_LEVEL", "INFO")},
    "loggers": {"axes": {"level": "WARNING"}},
}

# --- Staff-side hardening (issue 8) ------------------------------------------------------
# Kept in one block so that it can be folded into the settings above in one move.

# An import's preview waits this long for its confirmation; then its file is removed (from
# this folder, or from the shared cache when there is one: see core.import_files).
PORTAL_IMPORT_PREVIEW_MINUTES = 15
PORTAL_IMPORT_PREVIEW_DIR = env_str(
    "DJANGO_IMPORT_PREVIEW_DIR", str(Path(tempfile.gettempdir()) / "clusterportal-imports")
)
# What one import reads at most; a larger file is refused before it is parsed
# (core.import_formats). 2,000 rows keep a confirmed import within a few seconds.
PORTAL_IMPORT_MAX_BYTES = 2 * 1024 * 1024
PORTAL_IMPORT_MAX_ROWS = 2000
PORTAL_IMPORT_MAX_COLUMNS = 40

# Login lockouts (core.logins). A lock holds the pair of user name and client address, so
# that failures from an attacker's address never lock the real user out of their own; an
# address whose failures reach the second limit, whatever the names, is refused as a whole.
# The client address is taken from X-Forwarded-For only as far as DJANGO_TRUSTED_PROXIES
# (the number of proxies in front of the app, each appending to the header) says; with 0,
# the connection's address, which nobody can make up.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_HANDLER = "core.logins.PortalLoginHandler"
AXES_CLIENT_IP_CALLABLE = "core.logins.client_address"
PORTAL_TRUSTED_PROXIES = env_int("DJANGO_TRUSTED_PROXIES", 0, minimum=0)
PORTAL_LOGIN_ADDRESS_FAILURE_LIMIT = env_int("DJANGO_AXES_ADDRESS_FAILURE_LIMIT", 50, minimum=1)

# Staff sessions end after a working day without a request (DJANGO_SESSION_IDLE_HOURS);
# every request of a signed-in user moves the end again, so a working editor is never
# signed out mid-task. Only signed-in staff have sessions: saving on every request costs
# the public site nothing.
SESSION_COOKIE_AGE = env_int("DJANGO_SESSION_IDLE_HOURS", 8, minimum=1) * 3600
SESSION_SAVE_EVERY_REQUEST = True
