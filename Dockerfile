# Build the PWA, then run the app (PostgreSQL via DATABASE_URL; SQLite in /app/var otherwise).
FROM node:20-bookworm-slim AS pwa
WORKDIR /src
COPY pwa/package.json pwa/package-lock.json pwa/
RUN cd pwa && npm ci --no-audit --no-fund
COPY pwa pwa
COPY api/graphql/documents api/graphql/documents
RUN cd pwa && npm run build

FROM python:3.11-slim-bookworm
# Production needs the data key at run time: docker run -e ONEVISIT_DATA_KEYS=kid:BASE64 … (README "Secrets at rest")
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 ONEVISIT_ENV=production PORT=8000
WORKDIR /app
COPY pyproject.toml README.md ./
COPY api api
COPY notifications notifications
RUN pip install --no-cache-dir -e .
COPY data data
COPY migrations migrations
COPY --from=pwa /src/pwa/dist pwa/dist
RUN useradd --system --home /app onevisit && mkdir -p var && chown onevisit var
USER onevisit
EXPOSE 8000
HEALTHCHECK CMD python -c "import urllib.request,os; urllib.request.urlopen(f'http://127.0.0.1:{os.environ[\"PORT\"]}/healthz')"
CMD ["python", "-m", "api", "serve", "--demo", "--host", "0.0.0.0"]
