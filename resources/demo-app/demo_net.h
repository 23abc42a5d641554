/* Outgoing HTTP for the demo app's /call: URL parsing, name resolution without NSS, fetch. */
#pragma once

#include <netinet/in.h>
#include <stddef.h>

struct FetchResult
{
    int status;
    char contentType[128];
    char *body; /* malloc'ed; the caller frees it */
    size_t bodySize;
};

/* Resolves host (numeric IPv4, /etc/hosts, then DNS from /etc/resolv.conf). 0 on success. */
int demoResolve(const char *host, struct in_addr *address, char *error, size_t errorSize);

/* Fetches an http:// URL with HTTP/1.0. 0 on success (any HTTP status), -1 with error set. */
int demoFetch(const char *url, struct FetchResult *result, char *error, size_t errorSize);
