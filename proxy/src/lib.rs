//! Palisade proxy: the Pingora sidecar.
