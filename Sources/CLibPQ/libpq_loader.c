// The libpq functions kexie calls, forwarding to libpq.so.5 opened at the first connection
// (see clibpq.h for why it is not linked). Each keeps libpq-fe.h's prototype exactly.
#include "clibpq.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#define KX_PQ_FUNCTIONS(X) \
  X(int, PQcancel, (PGcancel *cancel, char *errbuf, int errbufsize), (cancel, errbuf, errbufsize)) \
  X(void, PQclear, (PGresult *res), (res)) \
  X(PGconn *, PQconnectdb, (const char *conninfo), (conninfo)) \
  X(void, PQconninfoFree, (PQconninfoOption *connOptions), (connOptions)) \
  X(PQconninfoOption *, PQconninfoParse, (const char *conninfo, char **errmsg), (conninfo, errmsg)) \
  X(int, PQconsumeInput, (PGconn *conn), (conn)) \
  X(char *, PQdb, (const PGconn *conn), (conn)) \
  X(char *, PQerrorMessage, (const PGconn *conn), (conn)) \
  X(PGresult *, PQexec, (PGconn *conn, const char *query), (conn, query)) \
  X(void, PQfinish, (PGconn *conn), (conn)) \
  X(void, PQfreeCancel, (PGcancel *cancel), (cancel)) \
  X(void, PQfreemem, (void *ptr), (ptr)) \
  X(PGcancel *, PQgetCancel, (PGconn *conn), (conn)) \
  X(PGresult *, PQgetResult, (PGconn *conn), (conn)) \
  X(int, PQgetisnull, (const PGresult *res, int tup_num, int field_num), (res, tup_num, field_num)) \
  X(int, PQgetlength, (const PGresult *res, int tup_num, int field_num), (res, tup_num, field_num)) \
  X(char *, PQgetvalue, (const PGresult *res, int tup_num, int field_num), (res, tup_num, field_num)) \
  X(char *, PQhost, (const PGconn *conn), (conn)) \
  X(int, PQisBusy, (PGconn *conn), (conn)) \
  X(int, PQnfields, (const PGresult *res), (res)) \
  X(int, PQntuples, (const PGresult *res), (res)) \
  X(char *, PQport, (const PGconn *conn), (conn)) \
  X(char *, PQresultErrorField, (const PGresult *res, int fieldcode), (res, fieldcode)) \
  X(char *, PQresultErrorMessage, (const PGresult *res), (res)) \
  X(ExecStatusType, PQresultStatus, (const PGresult *res), (res)) \
  X(int, PQsendQuery, (PGconn *conn, const char *query), (conn, query)) \
  X(int, PQsocket, (const PGconn *conn), (conn)) \
  X(ConnStatusType, PQstatus, (const PGconn *conn), (conn))

#define KX_POINTER(ret, name, params, args) static ret(*kx_##name) params;
KX_PQ_FUNCTIONS(KX_POINTER)

#define KX_FORWARD(ret, name, params, args) \
  ret name params { return kx_##name args; }
KX_PQ_FUNCTIONS(KX_FORWARD)

static pthread_once_t kx_once = PTHREAD_ONCE_INIT;
static int kx_loaded = 0;
static char kx_error[512];

static void kx_load_once(void) {
  // The library's soname, then the unversioned name a development install has.
  void *library = dlopen("libpq.so.5", RTLD_NOW | RTLD_LOCAL);
  if (library == NULL) library = dlopen("libpq.so", RTLD_NOW | RTLD_LOCAL);
  if (library == NULL) {
    const char *message = dlerror();
    snprintf(kx_error, sizeof kx_error, "%s", message ? message : "libpq.so.5 cannot be loaded");
    return;
  }
#define KX_RESOLVE(ret, name, params, args) \
  *(void **)(&kx_##name) = dlsym(library, #name); \
  if (kx_##name == NULL) { snprintf(kx_error, sizeof kx_error, "libpq has no %s", #name); return; }
  KX_PQ_FUNCTIONS(KX_RESOLVE)
  kx_loaded = 1;
}

int kx_pq_load(char *error, size_t size) {
  pthread_once(&kx_once, kx_load_once);
  if (!kx_loaded && error != NULL && size > 0) snprintf(error, size, "%s", kx_error);
  return kx_loaded;
}
