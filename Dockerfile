# syntax=docker/dockerfile:1
# The Graph server and the `graph` command line in one image (docker-compose.yml runs the server on Neo4j and uses
# the command line to load the bundled corpus). Build: docker build -t graph .

# --- build: the .NET SDK, plus Node.js and npm, which Graph.Api's build uses to install the Banana Cake Pop IDE
# (src/Graph.Api/Ide/package, pinned by its lock file) and to build the Explorer (src/Graph.Explorer, Vite, which
# needs Node.js 20.19 or later: newer than the distribution's package, so it comes from the official Node.js image).
FROM node:22-bookworm-slim AS node
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
COPY --from=node /usr/local/bin/node /usr/local/bin/node
COPY --from=node /usr/local/lib/node_modules/npm /usr/local/lib/node_modules/npm
RUN ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \
    && ln -s ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx \
    && node --version && npm --version
WORKDIR /src

# Restore first, from the project files only, so that a change of code does not download the packages again.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Graph.Core/Graph.Core.csproj src/Graph.Core/
COPY src/Graph.Ingestion/Graph.Ingestion.csproj src/Graph.Ingestion/
COPY src/Graph.Storage/Graph.Storage.csproj src/Graph.Storage/
COPY src/Graph.Api/Graph.Api.csproj src/Graph.Api/
COPY src/Graph.Cli/Graph.Cli.csproj src/Graph.Cli/
RUN dotnet restore src/Graph.Cli/Graph.Cli.csproj

# The sources, the Cypher and the data the assemblies embed, and the schema the Explorer's typed documents are
# generated from (.dockerignore leaves out bin/, obj/, node_modules/ and the Explorer's dist/).
COPY src/ src/
COPY cypher/ cypher/
COPY data/ data/
COPY schema/ schema/
RUN dotnet publish src/Graph.Api/Graph.Api.csproj --configuration Release --no-restore --output /app/api \
    && dotnet publish src/Graph.Cli/Graph.Cli.csproj --configuration Release --no-restore --output /app/cli \
    && test -f /app/api/bananacakepop/index.html \
    && test -f /app/api/explorer/index.html

# --- runtime: ASP.NET Core only; the server and the command line, and the bundled corpus for `graph ingest`.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app/api ./api
COPY --from=build /app/cli ./cli
COPY data/corpus ./data/corpus
# The embedded store's default place when the image runs on SQLite (Graph__Store unset); unused on Neo4j.
ENV GRAPH_DB=/var/lib/graph/graph.db \
    DOTNET_NOLOGO=1
RUN mkdir -p /var/lib/graph && chown app:app /var/lib/graph
USER app
EXPOSE 5080
# --urls on the command line: it wins over appsettings.json, which binds localhost only.
ENTRYPOINT ["dotnet", "/app/api/Graph.Api.dll"]
CMD ["--urls", "http://0.0.0.0:5080"]
