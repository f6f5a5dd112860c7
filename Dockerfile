# syntax=docker/dockerfile:1
# Palisade: one image with the three binaries —
#   palisade-proxy   the WAF sidecar, and `palisade-proxy init-redirect` for the init container
#   palisade-netpol  the netpol agent, the admission webhook (`webhook`), the console (`serve`)
#   palisade-rules   the rules CLI
# plus palisade-inventory (the agent's pod list from the API server).
#
#   docker build -t ghcr.io/palisade-waf/palisade:0.1.0 .
#
# Runtime: Debian slim, because the init container and the agent drive nftables through the
# `nft` program (the nftables crate runs `nft -j`), and palisade-inventory uses curl. The
# default user is 1337 (the proxy's UID, which the init-redirect rules exempt); the init
# container and the agent set runAsUser 0 in their manifests, with NET_ADMIN only.

ARG RUST_VERSION=1
FROM rust:${RUST_VERSION}-bookworm AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends cmake pkg-config libmnl-dev libnftnl-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
# Cache the registry and the target directory across builds (BuildKit).
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/src/target \
    cargo build --release --locked --bin palisade-proxy --bin palisade-netpol --bin palisade-rules \
 && mkdir -p /out \
 && cp target/release/palisade-proxy target/release/palisade-netpol target/release/palisade-rules /out/

FROM debian:bookworm-slim AS runtime
RUN apt-get update \
 && apt-get install -y --no-install-recommends nftables ca-certificates curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --gid 1337 palisade \
 && useradd --uid 1337 --gid 1337 --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin palisade
COPY --from=build /out/ /usr/local/bin/
COPY manifests/image/palisade-inventory /usr/local/bin/palisade-inventory
RUN chmod 0755 /usr/local/bin/palisade-inventory \
 && /usr/local/bin/palisade-proxy --version \
 && /usr/local/bin/palisade-netpol --version \
 && nft --version
USER 1337:1337
ENTRYPOINT ["/usr/local/bin/palisade-proxy"]
LABEL org.opencontainers.image.source="https://github.com/palisade-waf/palisade" \
      org.opencontainers.image.licenses="Apache-2.0" \
      org.opencontainers.image.description="Palisade: WAF sidecar, netpol agent, admission webhook"
