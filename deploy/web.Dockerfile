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

FROM nginx:1.27-alpine
COPY deploy/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /src/frontend/dist /usr/share/nginx/html
EXPOSE 80
