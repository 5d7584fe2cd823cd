"""Runs at start-up of the bundled Windows Python (copied into runtime/ by build.sh).

Under Wine only: Python 3.12's platform module asks WMI (_wmi) for the OS version, and Wine 8 aborts the whole
process inside propsys.dll (VariantToString is unimplemented). Making _wmi unimportable sends platform down its
pre-3.12 fallback path. On real Windows nothing changes. Wine is recognised by its registry key, which costs
far less than loading ctypes.
"""

import sys


def _running_under_wine() -> bool:
    try:
        import winreg

        with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, r"Software\Wine"):
            return True
    except OSError:
        return False


if sys.platform == "win32" and "_wmi" not in sys.modules and _running_under_wine():
    sys.modules["_wmi"] = None  # type: ignore[assignment]
