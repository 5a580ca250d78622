# Parley backend image. Build from the repository root:
#   docker build -f docker/backend.Dockerfile -t parley .
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY libs/contracts/package.json libs/contracts/package.json
RUN npm ci
COPY . .
RUN npx nx run-many -t build --projects=contracts,backend,widget-lit,admin-angular --outputStyle=stream \
 && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production DATA_DIR=/data PORT=3000
# The heap limits of `npm start` (backend/project.json, serve): a smaller young generation and old-space
# growth factor keep the process near 130 MB through a full export (README, Deployment).
ENV NODE_OPTIONS="--max-old-space-size=512 --max-semi-space-size=8"
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/libs/contracts/package.json ./libs/contracts/package.json
COPY --from=build /app/libs/contracts/dist ./libs/contracts/dist
COPY --from=build /app/dist/backend ./dist/backend
COPY --from=build /app/dist/widget ./dist/widget
COPY --from=build /app/dist/admin-angular ./dist/admin-angular
COPY --from=build /app/backend/bin ./backend/bin
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s CMD node -e "fetch('http://127.0.0.1:3000/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "dist/backend/src/main.js"]
