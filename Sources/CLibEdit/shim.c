#include "CLibEdit.h"

#include <errno.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

static char prompt_buffer[256] = "folio> ";
static volatile sig_atomic_t interrupted = 0;
static void (*interrupt_callback)(void) = NULL;

void folio_el_prepare_locale(void) {
    const char *locale = setlocale(LC_ALL, "");
    if (locale == NULL || strcmp(locale, "C") == 0 || strcmp(locale, "POSIX") == 0) {
        setlocale(LC_ALL, "C.UTF-8");
    }
}

EditLine *folio_el_init(const char *program) {
    return el_init(program, stdin, stdout, stderr);
}

static char *prompt_callback(EditLine *editor) {
    (void)editor;
    return prompt_buffer;
}

void folio_el_set_prompt(const char *prompt) {
    strncpy(prompt_buffer, prompt, sizeof(prompt_buffer) - 1);
    prompt_buffer[sizeof(prompt_buffer) - 1] = '\0';
}

void folio_el_configure(EditLine *editor, History *store,
                        unsigned char (*complete)(EditLine *, int)) {
    el_set(editor, EL_EDITOR, "emacs");
    el_set(editor, EL_HIST, history, store);
    el_set(editor, EL_PROMPT, prompt_callback);
    el_set(editor, EL_BIND, "^R", "em-inc-search-prev", NULL);
    if (complete != NULL) {
        el_set(editor, EL_ADDFN, "folio-complete", "Complete a command, option or id", complete);
        el_set(editor, EL_BIND, "^I", "folio-complete", NULL);
    }
    el_source(editor, NULL);
}

History *folio_history_init(int size) {
    HistEvent event;
    History *store = history_init();
    if (store == NULL) {
        return NULL;
    }
    history(store, &event, H_SETSIZE, size);
    history(store, &event, H_SETUNIQUE, 1);
    return store;
}

void folio_history_enter(History *store, const char *line) {
    HistEvent event;
    history(store, &event, H_ENTER, line);
}

int folio_history_load(History *store, const char *path) {
    HistEvent event;
    return history(store, &event, H_LOAD, path);
}

int folio_history_save(History *store, const char *path) {
    HistEvent event;
    return history(store, &event, H_SAVE, path);
}

static void handle_sigint(int signal_number) {
    (void)signal_number;
    interrupted = 1;
    if (interrupt_callback != NULL) {
        interrupt_callback();
    }
}

void folio_install_sigint(void (*on_interrupt)(void)) {
    struct sigaction action;
    memset(&action, 0, sizeof(action));
    interrupt_callback = on_interrupt;
    action.sa_handler = handle_sigint;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    sigaction(SIGINT, &action, NULL);
}

int folio_take_interrupt(void) {
    int was = interrupted;
    interrupted = 0;
    return was;
}

int folio_terminal_columns(void) {
    struct winsize size;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
        return size.ws_col;
    }
    return 0;
}

int folio_errno(void) {
    return errno;
}
