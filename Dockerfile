# Build the PWA, then run the app. The image serves three roles (compose.yaml; README "Running in
# production"): `python -m api serve` ($WEB_CONCURRENCY processes), `python -m notifications.worker`, and
# the one-shot `python -m api migrate && python -m api load-catalog`. PostgreSQL via DATABASE_URL.
FROM node:20-bookworm-slim AS pwa
WORKDIR /src/pwa
COPY pwa/package.json pwa/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY pwa ./
COPY api/graphql/documents /src/api/graphql/documents
RUN npm run build

FROM python:3.11-slim-bookworm
# Production needs the data key at run time: docker run -e ONEVISIT_DATA_KEYS=kid:BASE64 … (README "Secrets at rest")
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 ONEVISIT_ENV=production PORT=8000 WEB_CONCURRENCY=2
WORKDIR /app
COPY pyproject.toml README.md ./
COPY api api
COPY notifications notifications
RUN pip install --no-cache-dir -e .
COPY data data
COPY migrations migrations
COPY --from=pwa /src/pwa/dist pwa/dist
RUN useradd --system --uid 10001 --home /app onevisit && mkdir -p var && chown 10001 var
USER 10001
EXPOSE 8000
HEALTHCHECK CMD ["python", "-c", "import urllib.request,os; urllib.request.urlopen(f'http://127.0.0.1:{os.environ[\"PORT\"]}/healthz')"]
CMD ["python", "-m", "api", "serve", "--host", "0.0.0.0"]
