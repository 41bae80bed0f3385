#include "CLibEdit.h"

#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <signal.h>
#include <sqlite3.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

static char prompt_buffer[256] = "folio> ";
static volatile sig_atomic_t interrupted = 0;
static sqlite3 *volatile interrupt_connection = NULL;

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
    if (interrupt_connection != NULL) {
        sqlite3_interrupt(interrupt_connection);
    }
}

void folio_install_sigint(void *connection) {
    struct sigaction action;
    memset(&action, 0, sizeof(action));
    interrupt_connection = (sqlite3 *)connection;
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

int folio_terminal_rows(void) {
    struct winsize size;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_row > 0) {
        return size.ws_row;
    }
    return 0;
}

int folio_page(const char *command, const char *text, size_t length) {
    int fds[2];
    if (pipe(fds) != 0) return -1;
    fcntl(fds[0], F_SETFD, FD_CLOEXEC);
    fcntl(fds[1], F_SETFD, FD_CLOEXEC);
    if (getenv("LESS") == NULL) setenv("LESS", "FRX", 1);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[0], STDIN_FILENO);
    char *argv[] = {"sh", "-c", (char *)command, NULL};
    pid_t pid;
    int spawned = posix_spawn(&pid, "/bin/sh", &actions, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    close(fds[0]);
    if (spawned != 0) {
        close(fds[1]);
        return -1;
    }
    struct sigaction ignore, previous;
    memset(&ignore, 0, sizeof ignore);
    ignore.sa_handler = SIG_IGN;
    sigaction(SIGPIPE, &ignore, &previous);
    size_t written = 0;
    while (written < length) {
        ssize_t count = write(fds[1], text + written, length - written);
        if (count < 0) {
            if (errno == EINTR) continue;
            break;
        }
        written += (size_t)count;
    }
    close(fds[1]);
    sigaction(SIGPIPE, &previous, NULL);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) return -1;
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

int folio_errno(void) {
    return errno;
}
