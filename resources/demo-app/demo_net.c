#define _GNU_SOURCE
#include "demo_net.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

enum { maxResponse = 4 * 1024 * 1024, connectTimeoutMs = 5000, readTimeoutS = 15 };

static int fromHostsFile(const char *host, struct in_addr *address)
{
    FILE *file = fopen("/etc/hosts", "r");
    if (!file)
        return -1;
    char line[512];
    int found = -1;
    while (found < 0 && fgets(line, sizeof line, file)) {
        char *hash = strchr(line, '#');
        if (hash)
            *hash = '\0';
        char *save = NULL;
        char *ip = strtok_r(line, " \t\r\n", &save);
        struct in_addr candidate;
        if (!ip || inet_pton(AF_INET, ip, &candidate) != 1)
            continue;
        for (char *name = strtok_r(NULL, " \t\r\n", &save); name;
             name = strtok_r(NULL, " \t\r\n", &save)) {
            if (!strcasecmp(name, host)) {
                *address = candidate;
                found = 0;
                break;
            }
        }
    }
    fclose(file);
    return found;
}

/* Skips a possibly compressed DNS name; returns the offset after it or -1. */
static int skipName(const unsigned char *packet, int size, int offset)
{
    while (offset < size) {
        unsigned char length = packet[offset];
        if (length == 0)
            return offset + 1;
        if ((length & 0xC0) == 0xC0)
            return offset + 2 <= size ? offset + 2 : -1;
        offset += length + 1;
    }
    return -1;
}

static int queryDns(struct in_addr server, const char *host, struct in_addr *address)
{
    unsigned char packet[512];
    memset(packet, 0, 12);
    unsigned short id = (unsigned short)(time(NULL) ^ getpid());
    packet[0] = (unsigned char)(id >> 8);
    packet[1] = (unsigned char)id;
    packet[2] = 0x01; /* recursion desired */
    packet[5] = 1;    /* one question */
    int size = 12;
    for (const char *label = host; *label;) {
        const char *dot = strchr(label, '.');
        int length = dot ? (int)(dot - label) : (int)strlen(label);
        if (length == 0 || length > 63 || size + length + 6 > (int)sizeof packet)
            return -1;
        packet[size++] = (unsigned char)length;
        memcpy(packet + size, label, (size_t)length);
        size += length;
        label += length + (dot ? 1 : 0);
    }
    packet[size++] = 0;
    packet[size++] = 0;
    packet[size++] = 1; /* A */
    packet[size++] = 0;
    packet[size++] = 1; /* IN */

    int fd = socket(AF_INET, SOCK_DGRAM, 0);
    if (fd < 0)
        return -1;
    struct sockaddr_in to = {.sin_family = AF_INET, .sin_port = htons(53), .sin_addr = server};
    int result = -1;
    for (int attempt = 0; attempt < 2 && result < 0; ++attempt) {
        if (sendto(fd, packet, (size_t)size, 0, (struct sockaddr *)&to, sizeof to) < 0)
            break;
        struct pollfd waiter = {.fd = fd, .events = POLLIN};
        if (poll(&waiter, 1, 2000) <= 0)
            continue;
        unsigned char answer[1500];
        int got = (int)recv(fd, answer, sizeof answer, 0);
        if (got < 12 || answer[0] != packet[0] || answer[1] != packet[1] || (answer[3] & 0x0F))
            break;
        int answers = (answer[6] << 8) | answer[7];
        int offset = skipName(answer, got, 12);
        offset = offset < 0 ? -1 : offset + 4;
        for (int i = 0; i < answers && offset > 0 && offset < got; ++i) {
            offset = skipName(answer, got, offset);
            if (offset < 0 || offset + 10 > got)
                break;
            int type = (answer[offset] << 8) | answer[offset + 1];
            int length = (answer[offset + 8] << 8) | answer[offset + 9];
            offset += 10;
            if (offset + length > got)
                break;
            if (type == 1 && length == 4) {
                memcpy(address, answer + offset, 4);
                result = 0;
                break;
            }
            offset += length;
        }
        break;
    }
    close(fd);
    return result;
}

static int fromDns(const char *host, struct in_addr *address)
{
    FILE *file = fopen("/etc/resolv.conf", "r");
    if (!file)
        return -1;
    char line[256];
    int found = -1;
    while (found < 0 && fgets(line, sizeof line, file)) {
        char ip[64];
        struct in_addr server;
        if (sscanf(line, "nameserver %63s", ip) == 1 && inet_pton(AF_INET, ip, &server) == 1)
            found = queryDns(server, host, address);
    }
    fclose(file);
    return found;
}

int demoResolve(const char *host, struct in_addr *address, char *error, size_t errorSize)
{
    if (inet_pton(AF_INET, host, address) == 1)
        return 0;
    if (!strcasecmp(host, "localhost")) {
        address->s_addr = htonl(INADDR_LOOPBACK);
        return 0;
    }
    if (fromHostsFile(host, address) == 0 || fromDns(host, address) == 0)
        return 0;
    snprintf(error, errorSize, "cannot resolve %s", host);
    return -1;
}

static int connectWithTimeout(const struct sockaddr_in *to, char *error, size_t errorSize)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) {
        snprintf(error, errorSize, "socket: %s", strerror(errno));
        return -1;
    }
    int flags = fcntl(fd, F_GETFL, 0);
    fcntl(fd, F_SETFL, flags | O_NONBLOCK);
    int rc = connect(fd, (const struct sockaddr *)to, sizeof *to);
    if (rc < 0 && errno == EINPROGRESS) {
        struct pollfd waiter = {.fd = fd, .events = POLLOUT};
        rc = poll(&waiter, 1, connectTimeoutMs);
        if (rc == 0) {
            errno = ETIMEDOUT;
            rc = -1;
        } else if (rc > 0) {
            int soError = 0;
            socklen_t length = sizeof soError;
            getsockopt(fd, SOL_SOCKET, SO_ERROR, &soError, &length);
            errno = soError;
            rc = soError ? -1 : 0;
        }
    }
    if (rc < 0) {
        snprintf(error, errorSize, "connect to %s:%d: %s", inet_ntoa(to->sin_addr),
                 ntohs(to->sin_port), strerror(errno));
        close(fd);
        return -1;
    }
    fcntl(fd, F_SETFL, flags);
    struct timeval timeout = {readTimeoutS, 0};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
    return fd;
}

static void parseResponse(char *data, size_t size, struct FetchResult *result)
{
    result->status = 0;
    result->contentType[0] = '\0';
    char *end = memmem(data, size, "\r\n\r\n", 4);
    if (!end || sscanf(data, "HTTP/%*d.%*d %d", &result->status) != 1) {
        result->status = 200; /* HTTP/0.9-style: the whole answer is the body */
        result->body = data;
        result->bodySize = size;
        return;
    }
    *end = '\0';
    for (char *line = strstr(data, "\r\n"); line; line = strstr(line + 2, "\r\n")) {
        if (!strncasecmp(line + 2, "Content-Type:", 13)) {
            const char *value = line + 15;
            while (*value == ' ')
                ++value;
            size_t length = strcspn(value, "\r\n");
            if (length >= sizeof result->contentType)
                length = sizeof result->contentType - 1;
            memcpy(result->contentType, value, length);
            result->contentType[length] = '\0';
        }
    }
    size_t headerSize = (size_t)(end - data) + 4;
    result->bodySize = size - headerSize;
    memmove(data, data + headerSize, result->bodySize);
    result->body = data;
}

int demoFetch(const char *url, struct FetchResult *result, char *error, size_t errorSize)
{
    if (strncasecmp(url, "http://", 7) != 0) {
        snprintf(error, errorSize, "only http:// URLs are supported");
        return -1;
    }
    char host[256];
    const char *authority = url + 7;
    size_t authorityLength = strcspn(authority, "/?");
    const char *path = authority[authorityLength] ? authority + authorityLength : "/";
    if (authorityLength == 0 || authorityLength >= sizeof host) {
        snprintf(error, errorSize, "bad host in URL");
        return -1;
    }
    memcpy(host, authority, authorityLength);
    host[authorityLength] = '\0';
    int port = 80;
    char *colon = strrchr(host, ':');
    if (colon) {
        *colon = '\0';
        port = atoi(colon + 1);
        if (port <= 0 || port > 65535) {
            snprintf(error, errorSize, "bad port in URL");
            return -1;
        }
    }
    struct sockaddr_in to = {.sin_family = AF_INET, .sin_port = htons((unsigned short)port)};
    if (demoResolve(host, &to.sin_addr, error, errorSize) < 0)
        return -1;
    int fd = connectWithTimeout(&to, error, errorSize);
    if (fd < 0)
        return -1;

    char request[2048];
    int length = snprintf(request, sizeof request,
                          "GET %s%s HTTP/1.0\r\nHost: %s\r\nUser-Agent: berth-demo\r\n"
                          "Connection: close\r\n\r\n",
                          path[0] == '?' ? "/" : "", path, host);
    if (length >= (int)sizeof request
        || send(fd, request, (size_t)length, MSG_NOSIGNAL) != length) {
        snprintf(error, errorSize, "sending the request failed");
        close(fd);
        return -1;
    }
    size_t capacity = 16384, used = 0;
    char *data = malloc(capacity);
    for (;;) {
        if (used == capacity) {
            if (capacity >= maxResponse)
                break;
            capacity *= 2;
            data = realloc(data, capacity);
        }
        ssize_t got = recv(fd, data + used, capacity - used, 0);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            snprintf(error, errorSize, "reading the answer failed: %s", strerror(errno));
            free(data);
            close(fd);
            return -1;
        }
        if (got == 0)
            break;
        used += (size_t)got;
        /* A server may keep the connection open despite "Connection: close" (Qt's HTTP
         * server does): the answer is complete once Content-Length bytes follow the head. */
        char *head = memmem(data, used, "\r\n\r\n", 4);
        if (head) {
            size_t headSize = (size_t)(head - data) + 4;
            for (char *line = memmem(data, headSize, "\r\n", 2); line && line < head;
                 line = memmem(line + 2, (size_t)(head - line), "\r\n", 2)) {
                if (!strncasecmp(line + 2, "Content-Length:", 15)) {
                    size_t expected = headSize + (size_t)strtoul(line + 17, NULL, 10);
                    if (used >= expected)
                        goto complete;
                    break;
                }
            }
        }
    }
complete:
    close(fd);
    parseResponse(data, used, result);
    return 0;
}
