"""Entry script of both executables in the PyInstaller bundle (build.spec).

``LoketDukcapil`` (windowed) opens the desktop app: desktop_app.cli:main_gui.
``loket`` (console) is the command line: desktop_app.cli:main.
One script and one analysis serve both; the executable's own name picks the entry point.
"""

import sys
from pathlib import Path

from desktop_app.cli import main, main_gui

GUI_EXECUTABLE = "loketdukcapil"

if __name__ == "__main__":
    is_gui = Path(sys.executable).stem.lower() == GUI_EXECUTABLE
    sys.exit(main_gui() if is_gui else main())
