/*
 * Berth's demo application: a tiny static HTTP server for the berth/demo image (FROM scratch).
 *
 *   /  and unknown paths   JSON {"task","service","container","instance","version","requests"}
 *   /health                200, or 503 after /fail-health (/recover-health undoes it)
 *   /cpu?ms=N              burns CPU for N ms
 *   /mem?mb=N              allocates, touches and holds N MiB
 *   /crash                 exits with code 1
 *   /call?url=http://...   fetches the URL (HTTP/1.0) and returns what came back
 *   /metadata[?path=task]  what the task metadata endpoint v4 says of this container (or of
 *                          its task, or path=stats ...): ECS_CONTAINER_METADATA_URI_V4[/path]
 *
 * Modes for a FROM-scratch image that has no shell or curl:
 *   demo --check URL       exits 0 when URL answers 2xx, 1 otherwise (a container health check)
 *   demo --pause           sleeps until SIGTERM (holds an awsvpc task's network namespace)
 *
 * Environment: PORT (8080), START_DELAY (seconds before listening), BERTH_TASK, BERTH_SERVICE,
 * BERTH_CONTAINER, BERTH_INSTANCE, VERSION. SIGTERM and SIGINT exit with code 0 at once.
 * One thread per connection. Names in /call resolve through /etc/hosts, then the DNS servers
 * of /etc/resolv.conf (a static binary in a scratch image has no NSS modules).
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include "demo_net.h"

static atomic_long g_requests;
static atomic_int g_healthy = 1;
static pthread_mutex_t g_memLock = PTHREAD_MUTEX_INITIALIZER;
static long g_heldMb;

static void logLine(FILE *stream, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    vfprintf(stream, format, args);
    va_end(args);
    fputc('\n', stream);
    fflush(stream);
}

/* A request's line in the access log. Written to stdout's buffer and flushed by
 * flushAccessLog() a few times a second: a write per request would cost the container's log
 * pipeline (shim and daemon) more than the request itself. */
static void accessLine(const char *method, const char *path)
{
    fprintf(stdout, "%s %s\n", method, path);
}

static void *flushAccessLog(void *arg)
{
    (void)arg;
    for (;;) {
        usleep(200 * 1000);
        fflush(stdout);
    }
    return NULL;
}

static const char *envOr(const char *name, const char *fallback)
{
    const char *value = getenv(name);
    return value && *value ? value : fallback;
}

/* Appends s to out as a JSON string literal; out has room for cap bytes. */
static void jsonString(char *out, size_t cap, const char *s)
{
    size_t n = strlen(out);
    if (n + 1 >= cap)
        return;
    out[n++] = '"';
    for (; *s && n + 8 < cap; ++s) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\') {
            out[n++] = '\\';
            out[n++] = (char)c;
        } else if (c < 0x20) {
            n += (size_t)snprintf(out + n, cap - n, "\\u%04x", c);
        } else {
            out[n++] = (char)c;
        }
    }
    if (n + 1 < cap)
        out[n++] = '"';
    out[n] = '\0';
}

static int sendAll(int fd, const char *data, size_t size, int flags)
{
    while (size > 0) {
        ssize_t sent = send(fd, data, size, MSG_NOSIGNAL | flags);
        if (sent < 0 && errno == EINTR)
            continue;
        if (sent <= 0)
            return -1;
        data += sent;
        size -= (size_t)sent;
    }
    return 0;
}

static const char *reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

static int respond(int fd, int status, const char *type, const char *body, size_t size,
                   int keepAlive)
{
    char head[256];
    int n = snprintf(head, sizeof head,
                     "HTTP/1.1 %d %s\r\nContent-Type: %s\r\nContent-Length: %zu\r\n"
                     "Connection: %s\r\n\r\n",
                     status, reason(status), type, size, keepAlive ? "keep-alive" : "close");
    /* MSG_MORE: head and body leave in one segment, so a proxy reads the reply at once. */
    if (sendAll(fd, head, (size_t)n, size > 0 ? MSG_MORE : 0) < 0)
        return -1;
    return sendAll(fd, body, size, 0);
}

static int respondJson(int fd, int status, const char *body, int keepAlive)
{
    return respond(fd, status, "application/json", body, strlen(body), keepAlive);
}

/* Value of key in a query string "a=1&b=2", percent-decoded into out. */
static int queryValue(const char *query, const char *key, char *out, size_t cap)
{
    size_t keyLength = strlen(key);
    for (const char *p = query; p && *p;) {
        const char *end = strchr(p, '&');
        if (!end)
            end = p + strlen(p);
        if ((size_t)(end - p) > keyLength && !strncmp(p, key, keyLength) && p[keyLength] == '=') {
            size_t n = 0;
            for (const char *v = p + keyLength + 1; v < end && n + 1 < cap; ++v) {
                if (*v == '%' && end - v >= 3 && isxdigit((unsigned char)v[1])
                    && isxdigit((unsigned char)v[2])) {
                    char hex[3] = {v[1], v[2], 0};
                    out[n++] = (char)strtol(hex, NULL, 16);
                    v += 2;
                } else {
                    out[n++] = *v == '+' ? ' ' : *v;
                }
            }
            out[n] = '\0';
            return 1;
        }
        p = *end ? end + 1 : end;
    }
    return 0;
}

static long queryNumber(const char *query, const char *key, long fallback)
{
    char value[32];
    return queryValue(query, key, value, sizeof value) ? strtol(value, NULL, 10) : fallback;
}

static double nowMs(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

static int handleIdentity(int fd, long count, int keepAlive)
{
    char body[2048] = "{\"task\":";
    jsonString(body, sizeof body, envOr("BERTH_TASK", ""));
    strcat(body, ",\"service\":");
    jsonString(body, sizeof body, envOr("BERTH_SERVICE", ""));
    strcat(body, ",\"container\":");
    jsonString(body, sizeof body, envOr("BERTH_CONTAINER", ""));
    strcat(body, ",\"instance\":");
    jsonString(body, sizeof body, envOr("BERTH_INSTANCE", ""));
    strcat(body, ",\"version\":");
    jsonString(body, sizeof body, envOr("VERSION", "1"));
    size_t n = strlen(body);
    snprintf(body + n, sizeof body - n, ",\"requests\":%ld}\n", count);
    return respondJson(fd, 200, body, keepAlive);
}

static int handleCpu(int fd, const char *query, int keepAlive)
{
    long ms = queryNumber(query, "ms", 100);
    if (ms < 0)
        ms = 0;
    if (ms > 600000)
        ms = 600000;
    double end = nowMs() + (double)ms;
    volatile unsigned long spin = 0;
    while (nowMs() < end) {
        for (int i = 0; i < 10000; ++i)
            spin += (unsigned long)i * 2654435761u;
    }
    char body[64];
    snprintf(body, sizeof body, "{\"burnedMs\":%ld}\n", ms);
    return respondJson(fd, 200, body, keepAlive);
}

static int handleMem(int fd, const char *query, int keepAlive)
{
    long mb = queryNumber(query, "mb", 10);
    if (mb < 0)
        mb = 0;
    for (long i = 0; i < mb; ++i) {
        char *block = malloc(1 << 20);
        if (!block) {
            logLine(stderr, "demo: out of memory after %ld MiB", i);
            return respondJson(fd, 503, "{\"error\":\"out of memory\"}\n", keepAlive);
        }
        for (size_t off = 0; off < (1u << 20); off += 4096)
            block[off] = (char)(off | 1);
        pthread_mutex_lock(&g_memLock);
        ++g_heldMb; /* never freed: the point is to hold it */
        pthread_mutex_unlock(&g_memLock);
    }
    pthread_mutex_lock(&g_memLock);
    long held = g_heldMb;
    pthread_mutex_unlock(&g_memLock);
    char body[64];
    snprintf(body, sizeof body, "{\"allocatedMb\":%ld,\"heldMb\":%ld}\n", mb, held);
    return respondJson(fd, 200, body, keepAlive);
}

static int fetchAndRespond(int fd, const char *url, int keepAlive)
{
    char error[256] = "";
    struct FetchResult result;
    if (demoFetch(url, &result, error, sizeof error) < 0) {
        char body[1536] = "{\"error\":";
        jsonString(body, sizeof body, error);
        strcat(body, ",\"url\":");
        jsonString(body, sizeof body, url);
        strcat(body, "}\n");
        logLine(stderr, "demo: /call %s failed: %s", url, error);
        return respondJson(fd, 502, body, keepAlive);
    }
    int rc = respond(fd, result.status > 0 ? result.status : 200,
                     result.contentType[0] ? result.contentType : "text/plain", result.body,
                     result.bodySize, keepAlive);
    free(result.body);
    return rc;
}

static int handleCall(int fd, const char *query, int keepAlive)
{
    char url[1024];
    if (!queryValue(query, "url", url, sizeof url))
        return respondJson(fd, 400, "{\"error\":\"missing url parameter\"}\n", keepAlive);
    return fetchAndRespond(fd, url, keepAlive);
}

static int handleMetadata(int fd, const char *query, int keepAlive)
{
    const char *base = getenv("ECS_CONTAINER_METADATA_URI_V4");
    if (!base || !*base)
        return respondJson(fd, 404,
                           "{\"error\":\"ECS_CONTAINER_METADATA_URI_V4 is not set\"}\n",
                           keepAlive);
    char path[128] = "";
    char url[1024];
    if (queryValue(query, "path", path, sizeof path) && path[0])
        snprintf(url, sizeof url, "%s/%s", base, path);
    else
        snprintf(url, sizeof url, "%s", base);
    return fetchAndRespond(fd, url, keepAlive);
}

/* Handles one request; returns 0 to keep the connection, -1 to close it. */
static int handleRequest(int fd, char *method, char *target, int keepAlive)
{
    char *query = strchr(target, '?');
    if (query)
        *query++ = '\0';
    else
        query = "";
    const char *path = target;
    if (strcmp(path, "/health") != 0)
        atomic_fetch_add(&g_requests, 1);
    accessLine(method, path);

    if (!strcmp(path, "/health")) {
        int healthy = atomic_load(&g_healthy);
        return respondJson(fd, healthy ? 200 : 503,
                           healthy ? "{\"status\":\"healthy\"}\n" : "{\"status\":\"unhealthy\"}\n",
                           keepAlive);
    }
    if (!strcmp(path, "/fail-health")) {
        atomic_store(&g_healthy, 0);
        logLine(stderr, "demo: health check now fails");
        return respondJson(fd, 200, "{\"status\":\"unhealthy\"}\n", keepAlive);
    }
    if (!strcmp(path, "/recover-health")) {
        atomic_store(&g_healthy, 1);
        return respondJson(fd, 200, "{\"status\":\"healthy\"}\n", keepAlive);
    }
    if (!strcmp(path, "/cpu"))
        return handleCpu(fd, query, keepAlive);
    if (!strcmp(path, "/mem"))
        return handleMem(fd, query, keepAlive);
    if (!strcmp(path, "/call"))
        return handleCall(fd, query, keepAlive);
    if (!strcmp(path, "/metadata"))
        return handleMetadata(fd, query, keepAlive);
    if (!strcmp(path, "/crash")) {
        respondJson(fd, 200, "{\"status\":\"crashing\"}\n", 0);
        logLine(stderr, "demo: crashing on request");
        _exit(1);
    }
    return handleIdentity(fd, atomic_load(&g_requests), keepAlive);
}

/* The value of header name in a request head (lines ending in CRLF), trimmed. */
static int headerValue(const char *head, const char *name, char *out, size_t cap)
{
    size_t nameLength = strlen(name);
    for (const char *line = strstr(head, "\r\n"); line; line = strstr(line + 2, "\r\n")) {
        const char *start = line + 2;
        if (strncasecmp(start, name, nameLength) != 0 || start[nameLength] != ':')
            continue;
        start += nameLength + 1;
        while (*start == ' ' || *start == '\t')
            ++start;
        const char *stop = strstr(start, "\r\n");
        size_t length = stop ? (size_t)(stop - start) : strlen(start);
        if (length >= cap)
            length = cap - 1;
        memcpy(out, start, length);
        out[length] = '\0';
        return 1;
    }
    return 0;
}

static void *serveConnection(void *arg)
{
    int fd = (int)(intptr_t)arg;
    struct timeval idle = {30, 0};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &idle, sizeof idle);
    char buffer[8192];
    size_t used = 0;
    for (;;) {
        char *end = NULL;
        while (!(end = memmem(buffer, used, "\r\n\r\n", 4))) {
            if (used == sizeof buffer)
                goto done;
            ssize_t got = recv(fd, buffer + used, sizeof buffer - used, 0);
            if (got < 0 && errno == EINTR)
                continue;
            if (got <= 0)
                goto done;
            used += (size_t)got;
        }
        size_t headerSize = (size_t)(end - buffer) + 4;
        char head[8192];
        memcpy(head, buffer, headerSize - 2);
        head[headerSize - 2] = '\0';

        char method[16], target[4096], version[16];
        if (sscanf(head, "%15s %4095s %15s", method, target, version) != 3) {
            respondJson(fd, 400, "{\"error\":\"bad request\"}\n", 0);
            goto done;
        }
        int keepAlive = !strcmp(version, "HTTP/1.1");
        long contentLength = 0;
        char value[128];
        if (headerValue(head, "Connection", value, sizeof value)) {
            if (strcasestr(value, "close"))
                keepAlive = 0;
            else if (strcasestr(value, "keep-alive"))
                keepAlive = 1;
        }
        if (headerValue(head, "Content-Length", value, sizeof value))
            contentLength = strtol(value, NULL, 10);
        /* Request bodies are not used: drop what arrived of one. */
        size_t rest = used - headerSize;
        size_t skip = contentLength > 0 ? ((size_t)contentLength < rest ? (size_t)contentLength
                                                                        : rest)
                                        : 0;
        if (contentLength > 0 && (size_t)contentLength > rest)
            keepAlive = 0;
        memmove(buffer, buffer + headerSize + skip, rest - skip);
        used = rest - skip;

        if (handleRequest(fd, method, target, keepAlive) < 0 || !keepAlive)
            break;
    }
done:
    close(fd);
    return NULL;
}

static void *waitForSignal(void *arg)
{
    sigset_t *set = arg;
    int signal = 0;
    sigwait(set, &signal);
    logLine(stdout, "demo: signal %d, exiting", signal);
    _exit(0);
    return NULL;
}

static int checkUrl(const char *url)
{
    struct FetchResult result;
    char error[256] = "";
    if (demoFetch(url, &result, error, sizeof error) < 0) {
        fprintf(stderr, "demo --check %s: %s\n", url, error);
        return 1;
    }
    free(result.body);
    return result.status >= 200 && result.status < 300 ? 0 : 1;
}

static int pauseUntilSignal(void)
{
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &signals, NULL);
    int received = 0;
    sigwait(&signals, &received);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc >= 3 && strcmp(argv[1], "--check") == 0)
        return checkUrl(argv[2]);
    if (argc >= 2 && strcmp(argv[1], "--pause") == 0)
        return pauseUntilSignal();
    setvbuf(stdout, NULL, _IOFBF, 1 << 16);
    static sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGQUIT);
    pthread_sigmask(SIG_BLOCK, &signals, NULL);
    signal(SIGPIPE, SIG_IGN);

    pthread_attr_t attributes;
    pthread_attr_init(&attributes);
    pthread_attr_setdetachstate(&attributes, PTHREAD_CREATE_DETACHED);
    pthread_attr_setstacksize(&attributes, 256 * 1024);
    pthread_t thread;
    pthread_create(&thread, &attributes, waitForSignal, &signals);
    pthread_create(&thread, &attributes, flushAccessLog, NULL);

    long delay = strtol(envOr("START_DELAY", "0"), NULL, 10);
    if (delay > 0) {
        logLine(stdout, "demo: waiting %ld s before listening", delay);
        sleep((unsigned)delay);
    }

    int port = (int)strtol(envOr("PORT", "8080"), NULL, 10);
    int server = socket(AF_INET6, SOCK_STREAM, 0);
    int v6 = server >= 0;
    if (!v6)
        server = socket(AF_INET, SOCK_STREAM, 0);
    int one = 1, zero = 0;
    setsockopt(server, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    int bound;
    if (v6) {
        setsockopt(server, IPPROTO_IPV6, IPV6_V6ONLY, &zero, sizeof zero);
        struct sockaddr_in6 address = {.sin6_family = AF_INET6, .sin6_port = htons(port),
                                       .sin6_addr = in6addr_any};
        bound = bind(server, (struct sockaddr *)&address, sizeof address);
    } else {
        struct sockaddr_in address = {.sin_family = AF_INET, .sin_port = htons(port),
                                      .sin_addr.s_addr = htonl(INADDR_ANY)};
        bound = bind(server, (struct sockaddr *)&address, sizeof address);
    }
    if (bound < 0 || listen(server, 512) < 0) {
        logLine(stderr, "demo: cannot listen on port %d: %s", port, strerror(errno));
        return 2;
    }
    logLine(stdout, "demo: listening on port %d (task %s, version %s)", port,
            envOr("BERTH_TASK", "-"), envOr("VERSION", "1"));

    for (;;) {
        int fd = accept(server, NULL, NULL);
        if (fd < 0) {
            if (errno != EINTR)
                usleep(10000);
            continue;
        }
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        if (pthread_create(&thread, &attributes, serveConnection, (void *)(intptr_t)fd) != 0) {
            respondJson(fd, 503, "{\"error\":\"busy\"}\n", 0);
            close(fd);
        }
    }
}
