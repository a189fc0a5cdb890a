# syntax=docker/dockerfile:1
# Etiquette Coach: multi-stage build on the current Node LTS, production dependencies only,
# non-root, data in a volume, health checked on /healthz.

FROM node:22-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# No install scripts: `prepare` would build before the sources are copied.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY src ./src
RUN npm run build && npm prune --omit=dev --ignore-scripts

FROM node:22-slim
ENV NODE_ENV=production \
    DATA_DIR=/data \
    PORT=3000
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json manifest.json ./
COPY bin ./bin
COPY prompts ./prompts
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
# The health endpoint answers in both modes (in Socket Mode on PORT as well).
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
# node as PID 1 receives SIGTERM directly; the app stops taking events, finishes in-flight reviews,
# closes the database and exits within 10 s.
STOPSIGNAL SIGTERM
CMD ["node", "dist/main.js"]
