// A thin shim over libedit for Swift.
//
// libedit's setters (el_wset, history_w) are C variadic functions, which Swift cannot call.
// Each call kexie needs is wrapped here in a small static inline function with fixed arguments.
// kexie uses the wide-character interface (el_wgets, history_w) so that Chinese text is edited
// by character and measured by display width; the caller sets the locale first.
#ifndef KEXIE_CEDITLINE_SHIM_H
#define KEXIE_CEDITLINE_SHIM_H

#include <histedit.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>
#include <unistd.h>
#include <limits.h>
#include <poll.h>
#include <errno.h>

typedef wchar_t *(*kx_prompt_fn)(EditLine *);
typedef unsigned char (*kx_el_fn)(EditLine *, int);

static inline int kx_el_set_prompt(EditLine *el, kx_prompt_fn fn) {
  return el_wset(el, EL_PROMPT, fn);
}

static inline int kx_el_set_editor(EditLine *el, const wchar_t *mode) {
  return el_wset(el, EL_EDITOR, mode);
}

/// The reader's state, for the C callbacks to find from the EditLine they are given (libedit
/// calls plain C functions, which cannot capture).
static inline int kx_el_set_clientdata(EditLine *el, void *data) {
  return el_wset(el, EL_CLIENTDATA, data);
}

static inline void *kx_el_clientdata(EditLine *el) {
  void *data = NULL;
  el_wget(el, EL_CLIENTDATA, &data);
  return data;
}

static inline int kx_el_set_history(EditLine *el, HistoryW *h) {
  return el_wset(el, EL_HIST, history_w, h);
}

static inline int kx_el_add_function(EditLine *el, const wchar_t *name, const wchar_t *help,
                                     kx_el_fn fn) {
  return el_wset(el, EL_ADDFN, name, help, fn);
}

static inline int kx_el_bind(EditLine *el, const wchar_t *key, const wchar_t *fn) {
  return el_wset(el, EL_BIND, key, fn, (const wchar_t *)NULL);
}

typedef int (*kx_getc_fn)(EditLine *, wchar_t *);

/// Replaces libedit's character reader (EL_GETCFN), so kexie can redraw the line before each
/// key is read (see EditLineReader: libedit misplaces the cursor after wide characters on
/// wrapped rows).
static inline int kx_el_set_getc(EditLine *el, kx_getc_fn fn) {
  return el_wset(el, EL_GETCFN, fn);
}

/// Redraws the whole line from a clean virtual display, as libedit does after SIGCONT.
static inline int kx_el_refresh(EditLine *el) {
  return el_wset(el, EL_REFRESH);
}

/// One character from `fd` in the locale's multibyte encoding, as libedit's own reader reads
/// it: 1 with the character, 0 at the end of input, -1 on an error (errno set: EINTR when
/// Ctrl-C interrupted the read). A byte sequence that is not a character is skipped.
static inline int kx_read_char(int fd, wchar_t *cp) {
  char bytes[MB_LEN_MAX];
  size_t length = 0;
  for (;;) {
    ssize_t got = read(fd, bytes + length, 1);
    if (got == -1) { *cp = L'\0'; return -1; }
    if (got == 0) { *cp = L'\0'; return 0; }
    length += 1;
    mbstate_t state;
    memset(&state, 0, sizeof state);
    size_t result = mbrtowc(cp, bytes, length, &state);
    if (result == (size_t)-2 && length < MB_LEN_MAX) continue;
    if (result == (size_t)-1 || result == (size_t)-2) { length = 0; continue; }
    return 1;
  }
}

/// kx_read_char that also ends (-1, errno EINTR) for a Ctrl-C that came while kexie was busy
/// between two reads. SIGINT's handler only sets a flag; a signal that lands outside read()
/// interrupts nothing, and the tty has already thrown away the keys typed after it, so the
/// line would go on with its first half. `interrupted` asks the flag with SIGINT blocked, and
/// ppoll waits for a key with SIGINT unblocked in one step, so no Ctrl-C falls between the
/// question and the wait.
static inline int kx_read_char_or_interrupt(int fd, wchar_t *cp, int (*interrupted)(void)) {
  sigset_t block, old;
  sigemptyset(&block);
  sigaddset(&block, SIGINT);
  sigprocmask(SIG_BLOCK, &block, &old);
  if (interrupted()) {
    sigprocmask(SIG_SETMASK, &old, NULL);
    *cp = L'\0';
    errno = EINTR;
    return -1;
  }
  struct pollfd wanted = { fd, POLLIN, 0 };
  int ready = ppoll(&wanted, 1, NULL, &old);
  int error = errno;
  sigprocmask(SIG_SETMASK, &old, NULL);
  if (ready == -1) {
    *cp = L'\0';
    errno = error;
    return -1;
  }
  return kx_read_char(fd, cp);
}

static inline int kx_history_set_size(HistoryW *h, int size) {
  HistEventW ev;
  return history_w(h, &ev, H_SETSIZE, size);
}

static inline int kx_history_set_unique(HistoryW *h, int unique) {
  HistEventW ev;
  return history_w(h, &ev, H_SETUNIQUE, unique);
}

static inline int kx_history_enter(HistoryW *h, const wchar_t *line) {
  HistEventW ev;
  return history_w(h, &ev, H_ENTER, line);
}

/// Installs `handler` for SIGINT without SA_RESTART, so a blocking read returns EINTR and the
/// line editor gives control back; kexie then clears the line instead of exiting. Every
/// signal is also unblocked: a parent (a test runner, a service manager) may hand down a mask
/// that blocks SIGINT, SIGHUP or SIGTERM, and Ctrl-C, a closed terminal and kill must work.
static inline int kx_install_sigint(void (*handler)(int)) {
  sigset_t none;
  sigemptyset(&none);
  sigprocmask(SIG_SETMASK, &none, NULL);
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = handler;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;
  return sigaction(SIGINT, &action, NULL);
}

static inline int kx_restore_sigint(void) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = SIG_DFL;
  sigemptyset(&action.sa_mask);
  return sigaction(SIGINT, &action, NULL);
}

#endif
