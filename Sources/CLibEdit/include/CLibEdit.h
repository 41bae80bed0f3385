#ifndef FOLIO_CLIBEDIT_H
#define FOLIO_CLIBEDIT_H

#include <histedit.h>
#include <stddef.h>

/// Sets a UTF-8 locale so libedit accepts non-ASCII input; falls back to C.UTF-8.
void folio_el_prepare_locale(void);

/// `el_init` with the process's stdio streams, which Swift 6 cannot reference safely.
EditLine *folio_el_init(const char *program);

/// Applies Folio's editor settings: emacs keys, history, prompt, ^R search and a completion key.
void folio_el_configure(EditLine *editor, History *store,
                        unsigned char (*complete)(EditLine *, int));

/// Copies `prompt` into the buffer that the prompt callback returns.
void folio_el_set_prompt(const char *prompt);

History *folio_history_init(int size);
void folio_history_enter(History *store, const char *line);
int folio_history_load(History *store, const char *path);
int folio_history_save(History *store, const char *path);

/// Installs a SIGINT handler without SA_RESTART, so `el_gets` returns with EINTR. The handler runs no Swift
/// code: it sets a flag and calls `sqlite3_interrupt` on `connection` (a `sqlite3 *`, or NULL), which stops
/// the statement running on it.
void folio_install_sigint(void *connection);

/// Returns 1 when SIGINT arrived since the last call, and clears the flag.
int folio_take_interrupt(void);

/// The terminal's width in columns, or 0 when stdout is not a terminal.
int folio_terminal_columns(void);

/// The terminal's height in rows, or 0 when standard output is not a terminal.
int folio_terminal_rows(void);

/// Runs `/bin/sh -c command` in the terminal's foreground process group with `text` on its standard input,
/// and waits for it. Sets LESS=FRX when LESS is unset. Returns its exit status, or -1 when it could not start.
int folio_page(const char *command, const char *text, size_t length);

/// The errno left by the last failed call.
int folio_errno(void);

#endif
