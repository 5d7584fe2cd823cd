/*
 * GreenDesk launcher for Windows: starts the bundled embeddable CPython on the bundled app.
 *
 * Built twice by packaging/windows/build.sh with mingw-w64:
 *   GreenDesk.exe      -DGREENDESK_GUI, -mwindows: no console; runs runtime\pythonw.exe -m greendesk gui ARGS
 *   bin\greendesk.exe  console: runs runtime\python.exe -m greendesk ARGS and returns its exit code
 * (Windows file names ignore case, so the two cannot share a folder.)
 *
 * Why a launcher and not a shortcut to pythonw.exe: the app gets its own icon and version information, the
 * portable build keeps its data beside the executable, and the launcher holds the named mutex that tells the
 * installer and uninstaller GreenDesk is running. The mutex handle is inherited by Python, so it stays held for
 * as long as either process lives.
 *
 * Python runs in UTF-8 mode (-X utf8): output piped or redirected to a file is UTF-8 whatever the ANSI code
 * page (the console itself is written as Unicode either way).
 *
 * The exit-code contract between the app and this launcher (the GUI's codes are defined in
 * greendesk/ui/app.py, EXIT_*; README "Windows installer" repeats them; keep all three in step):
 *
 *   code  who      meaning                                                     GreenDesk.exe then
 *   0     app      closed normally (also: first run or sign-in cancelled)      exits quietly
 *   4     app      a second start: the workspace is already open in another    exits quietly (not a crash)
 *                  GreenDesk, whose window was brought forward (or a dialog
 *                  said who has it)
 *   2     app      the start gave up, after a dialog that said why             "意外退出" box with the log
 *   1     Python   stopped on an uncaught error (traceback in the log)         "意外退出" box with the log
 *   3     launcher the bundled Python was not found or could not be started    its own error box
 *   other          anything else (killed, crashed)                             "意外退出" box with the log
 *
 * The box names %TEMP%\GreenDesk-last-run.log, which this launcher writes (the app's stdout and stderr) and
 * the uninstaller deletes. bin\greendesk.exe passes every code through unchanged (the CLI's: 0 ok, 1 a
 * finding, 2 an error) and shows no box.
 *
 * Portable mode: when portable.txt exists in the app folder (GreenDesk-portable\GreenDesk-<version>\), the
 * workspace is the folder GreenDesk-data beside the app folder (GreenDesk-portable\GreenDesk-data\), so a
 * later version unpacked beside the first finds the same data: --data-dir <that folder> is passed and
 * GREENDESK_DATA_DIR set (greendesk/core/base/paths.py finds the same folder without them). A --data-dir
 * given by the user is placed after it and wins.
 */
#define WIN32_LEAN_AND_MEAN
#ifndef UNICODE
#define UNICODE
#endif
#ifndef _UNICODE
#define _UNICODE
#endif
#include <windows.h>
#include <stdio.h>
#include <wchar.h>

#ifndef GREENDESK_MUTEX
#define GREENDESK_MUTEX L"Local\\GreenDesk.Running"
#endif

#ifdef GREENDESK_GUI
#define PYTHON_EXE L"pythonw.exe"
/* The GUI entry point; the lead can change it with -DGREENDESK_GUI_ARGS=... */
#ifndef GREENDESK_GUI_ARGS
#define GREENDESK_GUI_ARGS L"gui"
#endif
#else
#define PYTHON_EXE L"python.exe"
#endif

/* greendesk/ui/app.py EXIT_ALREADY_OPEN (a second start on an open workspace): like 0 (EXIT_OK), not a failure. */
#define GREENDESK_EXIT_ALREADY_OPEN 4
/* Portable data folder, beside the versioned app folder (greendesk/core/base/paths.py PORTABLE_DATA_FOLDER). */
#define GREENDESK_PORTABLE_DATA L"GreenDesk-data"

#define BIG 32768

static wchar_t root[MAX_PATH];

static void fail(const wchar_t *message)
{
#ifdef GREENDESK_GUI
    MessageBoxW(NULL, message, L"GreenDesk", MB_ICONERROR | MB_OK);
#else
    fwprintf(stderr, L"greendesk: %ls\n", message);
#endif
}

static BOOL file_exists(const wchar_t *path)
{
    DWORD attributes = GetFileAttributesW(path);
    return attributes != INVALID_FILE_ATTRIBUTES && !(attributes & FILE_ATTRIBUTE_DIRECTORY);
}

static void strip_last_component(wchar_t *path)
{
    wchar_t *slash = wcsrchr(path, L'\\');
    if (slash != NULL) {
        *slash = L'\0';
    }
}

/* The app folder holds runtime\; the console launcher lives one level down in bin\. */
static BOOL find_root(void)
{
    wchar_t probe[MAX_PATH + 64];
    DWORD length = GetModuleFileNameW(NULL, root, MAX_PATH);
    if (length == 0 || length >= MAX_PATH) {
        return FALSE;
    }
    for (int level = 0; level < 2; level++) {
        strip_last_component(root);
        _snwprintf(probe, MAX_PATH + 64, L"%ls\\runtime\\%ls", root, PYTHON_EXE);
        if (file_exists(probe)) {
            return TRUE;
        }
    }
    return FALSE;
}

/* The caller's arguments: the command line with the program name skipped, exactly as typed. */
static const wchar_t *arguments_after_program(void)
{
    const wchar_t *cursor = GetCommandLineW();
    if (*cursor == L'"') {
        cursor++;
        while (*cursor && *cursor != L'"') {
            cursor++;
        }
        if (*cursor == L'"') {
            cursor++;
        }
    } else {
        while (*cursor && *cursor != L' ' && *cursor != L'\t') {
            cursor++;
        }
    }
    while (*cursor == L' ' || *cursor == L'\t') {
        cursor++;
    }
    return cursor;
}

int wmain(void)
{
    static wchar_t python[MAX_PATH + 64];
    static wchar_t marker[MAX_PATH + 64];
    static wchar_t data_option[MAX_PATH + 64];
    static wchar_t command_line[BIG];

    if (!find_root()) {
        fail(L"The bundled Python (runtime\\" PYTHON_EXE L") was not found beside the launcher. Please reinstall GreenDesk.");
        return 3;
    }
    _snwprintf(python, MAX_PATH + 64, L"%ls\\runtime\\%ls", root, PYTHON_EXE);

    data_option[0] = L'\0';
    _snwprintf(marker, MAX_PATH + 64, L"%ls\\portable.txt", root);
    if (file_exists(marker)) {
        wchar_t parent[MAX_PATH];
        wchar_t data_dir[MAX_PATH + 64];
        wcscpy(parent, root);
        strip_last_component(parent);
        _snwprintf(data_dir, MAX_PATH + 64, L"%ls\\%ls", parent, GREENDESK_PORTABLE_DATA);
        CreateDirectoryW(data_dir, NULL);
        if (GetEnvironmentVariableW(L"GREENDESK_DATA_DIR", NULL, 0) == 0) {
            SetEnvironmentVariableW(L"GREENDESK_DATA_DIR", data_dir);
        }
        _snwprintf(data_option, MAX_PATH + 64, L" --data-dir \"%ls\"", data_dir);
    }

#ifdef GREENDESK_GUI
    _snwprintf(command_line, BIG, L"\"%ls\" -X utf8 -m greendesk%ls %ls %ls", python, data_option, GREENDESK_GUI_ARGS,
               arguments_after_program());
#else
    _snwprintf(command_line, BIG, L"\"%ls\" -X utf8 -m greendesk%ls %ls", python, data_option, arguments_after_program());
#endif
    command_line[BIG - 1] = L'\0';

    SECURITY_ATTRIBUTES inheritable = {sizeof(inheritable), NULL, TRUE};
    HANDLE running = CreateMutexW(&inheritable, FALSE, GREENDESK_MUTEX);

#ifndef GREENDESK_GUI
    /* Ctrl+C reaches Python through the shared console; the launcher just waits for it. */
    SetConsoleCtrlHandler(NULL, TRUE);
#endif

    STARTUPINFOW startup;
    PROCESS_INFORMATION process;
    ZeroMemory(&startup, sizeof(startup));
    startup.cb = sizeof(startup);
    ZeroMemory(&process, sizeof(process));
#ifdef GREENDESK_GUI
    /* pythonw gets no console; its output and any traceback go to %TEMP%\GreenDesk-last-run.log instead of
     * whatever handles the launcher was given (invalid ones make Python abort at start-up). */
    static wchar_t log_path[MAX_PATH + 64];
    HANDLE log = INVALID_HANDLE_VALUE;
    DWORD temp_length = GetTempPathW(MAX_PATH, log_path);
    if (temp_length > 0 && temp_length < MAX_PATH) {
        wcscat(log_path, L"GreenDesk-last-run.log");
        log = CreateFileW(log_path, GENERIC_WRITE, FILE_SHARE_READ, &inheritable, CREATE_ALWAYS,
                          FILE_ATTRIBUTE_NORMAL, NULL);
    }
    startup.dwFlags = STARTF_USESTDHANDLES;
    startup.hStdInput = NULL;
    startup.hStdOutput = log == INVALID_HANDLE_VALUE ? NULL : log;
    startup.hStdError = startup.hStdOutput;
#endif
    /* Inherit the caller's working folder: `greendesk.exe verify PKG.zip` names PKG.zip relative to it. */
    if (!CreateProcessW(python, command_line, NULL, NULL, TRUE, 0, NULL, NULL, &startup, &process)) {
        wchar_t message[MAX_PATH + 128];
        _snwprintf(message, MAX_PATH + 128, L"Could not start %ls (error %lu).", python, GetLastError());
        fail(message);
        return 3;
    }
    CloseHandle(process.hThread);
    WaitForSingleObject(process.hProcess, INFINITE);
    DWORD exit_code = 1;
    GetExitCodeProcess(process.hProcess, &exit_code);
    CloseHandle(process.hProcess);
    if (running != NULL) {
        CloseHandle(running);
    }
#ifdef GREENDESK_GUI
    if (log != INVALID_HANDLE_VALUE) {
        CloseHandle(log);
    }
    if (exit_code != 0 && exit_code != GREENDESK_EXIT_ALREADY_OPEN) {
        wchar_t message[MAX_PATH + 256];
        _snwprintf(message, MAX_PATH + 256,
                   L"绿色社区审核台意外退出（退出代码 %lu）。详细信息见：\n"
                   L"GreenDesk stopped unexpectedly (exit code %lu). Details:\n\n%ls",
                   exit_code, exit_code, log_path);
        fail(message);
    }
#endif
    return (int)exit_code;
}
