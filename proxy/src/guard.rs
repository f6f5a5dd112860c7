//! The slow-client guard: a deadline on receiving each HTTP/1 request header (slowloris).
//!
//! Pingora bounds each *read* of a request header (60 s), not the header as a whole, so a
//! client sending one byte every few seconds holds a connection forever. [`GuardedStream`]
//! wraps every accepted downstream connection (below Pingora's HTTP layer, above TLS): the
//! first byte of a request starts a timer of `timeouts.header_ms`; when the proxy has the
//! whole header ([`ConnPhase::header_done`], called from `early_request_filter`) the timer
//! stops, and once the request is finished ([`ConnPhase::request_done`]) the next byte starts
//! a new one. A header that is not complete in time fails the read, and Pingora closes the
//! connection without forwarding anything.
//!
//! HTTP/2 connections (recognised by their connection preface) are exempt: their header
//! frames are bounded by the h2 codec, and slow request bodies are bounded for both
//! protocols by the body deadline of the inspection path.

use std::any::Any;
use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use async_trait::async_trait;
use pingora::protocols::raw_connect::ProxyDigest;
use pingora::protocols::tls::{SslDigest, TlsRef};
use pingora::protocols::{
    GetProxyDigest, GetSocketDigest, GetTimingDigest, Peek, Shutdown, SocketDigest, Ssl, Stream,
    TimingDigest, UniqueID, UniqueIDType, ALPN,
};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::time::Sleep;

const IDLE: u8 = 0;
const HEADER: u8 = 1;
const HANDLING: u8 = 2;
const EXEMPT: u8 = 3;

const H2_PREFACE: &[u8] = b"PRI * HTTP/2.0\r\n";

/// Where a connection is in its request cycle; shared between the stream and the proxy.
#[derive(Debug, Default)]
pub struct ConnPhase(AtomicU8);

impl ConnPhase {
    /// The proxy has the whole request header: stop the header timer.
    pub fn header_done(&self) {
        let _ = self
            .0
            .compare_exchange(HEADER, HANDLING, Ordering::AcqRel, Ordering::Acquire)
            .or_else(|_| {
                self.0
                    .compare_exchange(IDLE, HANDLING, Ordering::AcqRel, Ordering::Acquire)
            });
    }

    /// The request is finished: the next byte read starts the next header's timer.
    pub fn request_done(&self) {
        let _ = self
            .0
            .compare_exchange(HANDLING, IDLE, Ordering::AcqRel, Ordering::Acquire);
    }

    fn get(&self) -> u8 {
        self.0.load(Ordering::Acquire)
    }
}

/// A downstream connection with a header deadline.
#[derive(Debug)]
pub struct GuardedStream {
    inner: Stream,
    phase: Arc<ConnPhase>,
    header_timeout: Duration,
    timer: Option<Pin<Box<Sleep>>>,
    /// Bytes of the first read(s) compared against the HTTP/2 preface.
    sniffed: usize,
}

impl GuardedStream {
    /// Wraps an accepted connection.
    pub fn new(inner: Stream, header_timeout: Duration) -> Self {
        GuardedStream {
            inner,
            phase: Arc::new(ConnPhase::default()),
            header_timeout,
            timer: None,
            sniffed: 0,
        }
    }

    /// The guard of the connection under a Pingora stream, if it is one of ours.
    pub fn phase_of(stream: &Stream) -> Option<&Arc<ConnPhase>> {
        let any: &dyn Any = (**stream).as_any();
        any.downcast_ref::<GuardedStream>().map(|g| &g.phase)
    }

    fn observe(&mut self, read: &[u8]) {
        if self.sniffed < H2_PREFACE.len() {
            let want = H2_PREFACE.get(self.sniffed..).unwrap_or_default();
            let n = read.len().min(want.len());
            if read.get(..n) == want.get(..n) {
                self.sniffed += n;
                if self.sniffed == H2_PREFACE.len() {
                    self.phase.0.store(EXEMPT, Ordering::Release);
                    self.timer = None;
                    return;
                }
            } else {
                self.sniffed = usize::MAX;
            }
        }
        if self
            .phase
            .0
            .compare_exchange(IDLE, HEADER, Ordering::AcqRel, Ordering::Acquire)
            .is_ok()
        {
            self.timer = Some(Box::pin(tokio::time::sleep(self.header_timeout)));
        }
    }
}

impl AsyncRead for GuardedStream {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        match this.phase.get() {
            HEADER => {
                if let Some(t) = this.timer.as_mut() {
                    if t.as_mut().poll(cx).is_ready() {
                        return Poll::Ready(Err(io::Error::new(
                            io::ErrorKind::TimedOut,
                            "request header not received within timeouts.header_ms",
                        )));
                    }
                }
            }
            _ => this.timer = None,
        }
        let before = buf.filled().len();
        let res = Pin::new(&mut this.inner).poll_read(cx, buf);
        if let Poll::Ready(Ok(())) = res {
            let phase = this.phase.get();
            if phase == IDLE || (phase == HEADER && this.sniffed < H2_PREFACE.len()) {
                let read = buf.filled().get(before..).unwrap_or_default();
                if !read.is_empty() {
                    this.observe(read);
                }
            }
        }
        res
    }
}

impl AsyncWrite for GuardedStream {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.get_mut().inner).poll_write(cx, buf)
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().inner).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().inner).poll_shutdown(cx)
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.get_mut().inner).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }
}

#[async_trait]
impl Shutdown for GuardedStream {
    async fn shutdown(&mut self) {
        self.inner.shutdown().await
    }
}

impl UniqueID for GuardedStream {
    fn id(&self) -> UniqueIDType {
        self.inner.id()
    }
}

impl Ssl for GuardedStream {
    fn get_ssl(&self) -> Option<&TlsRef> {
        self.inner.get_ssl()
    }

    fn get_ssl_digest(&self) -> Option<Arc<SslDigest>> {
        self.inner.get_ssl_digest()
    }

    fn selected_alpn_proto(&self) -> Option<ALPN> {
        self.inner.selected_alpn_proto()
    }
}

impl GetTimingDigest for GuardedStream {
    fn get_timing_digest(&self) -> Vec<Option<TimingDigest>> {
        self.inner.get_timing_digest()
    }

    fn get_read_pending_time(&self) -> Duration {
        self.inner.get_read_pending_time()
    }

    fn get_write_pending_time(&self) -> Duration {
        self.inner.get_write_pending_time()
    }
}

impl GetProxyDigest for GuardedStream {
    fn get_proxy_digest(&self) -> Option<Arc<ProxyDigest>> {
        self.inner.get_proxy_digest()
    }

    fn set_proxy_digest(&mut self, digest: ProxyDigest) {
        self.inner.set_proxy_digest(digest)
    }
}

impl GetSocketDigest for GuardedStream {
    fn get_socket_digest(&self) -> Option<Arc<SocketDigest>> {
        self.inner.get_socket_digest()
    }

    fn set_socket_digest(&mut self, digest: SocketDigest) {
        self.inner.set_socket_digest(digest)
    }
}

#[async_trait]
impl Peek for GuardedStream {
    async fn try_peek(&mut self, buf: &mut [u8]) -> io::Result<bool> {
        self.inner.try_peek(buf).await
    }
}
