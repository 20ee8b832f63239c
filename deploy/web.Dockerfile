# The Värna web app: built with Vite (API types generated from openapi.yaml), served by nginx,
# which also proxies /api and the API documentation to the backend.
# Build context: the repository root (see docker-compose.yml).
FROM node:20-alpine AS build
WORKDIR /src/frontend
COPY frontend/package.json frontend/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY openapi.yaml /src/openapi.yaml
COPY frontend/ ./
ARG VITE_OIDC_AUTHORITY=http://localhost:8180/realms/varna
ARG VITE_OIDC_CLIENT_ID=varna-web
ENV VITE_OIDC_AUTHORITY=$VITE_OIDC_AUTHORITY VITE_OIDC_CLIENT_ID=$VITE_OIDC_CLIENT_ID
RUN npm run build

# nginx stable (1.28: `resolve` on upstream servers, which follows the backend replicas).
FROM nginx:1.28-alpine
# The image fills ${VARNA_OIDC_ORIGIN} into templates/*.template at start (conf.d/default.conf).
ENV NGINX_RESOLVER=127.0.0.11 VARNA_BACKEND=backend VARNA_OIDC_ORIGIN=http://localhost:8180
COPY deploy/nginx/compose.conf /etc/nginx/templates/default.conf.template
COPY deploy/nginx.conf /etc/nginx/varna/nginx.conf
COPY deploy/nginx/varna-headers.conf deploy/nginx/varna-proxy.conf /etc/nginx/
COPY --from=build /src/frontend/dist /usr/share/nginx/html
EXPOSE 80
