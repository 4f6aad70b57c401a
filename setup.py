"""Copy the top-level ``resources/`` folder into the built package; compile the translations.

The icons and fonts live at the top of the repository (designers and the PDF export share them),
but an installed wheel must carry them inside ``cjdesigner/resources`` (and the sample maps in
``cjdesigner/resources/samples``). ``cjdesigner.assets``
looks in both places, so a source checkout and an installed wheel find the same files.

The editor's translations (``cjdesigner/i18n/*.ts``) are compiled into ``.qm`` files with
PySide6's ``lrelease`` when the build can run it; the ``.qm`` files are also kept in the
repository (a test checks they match the ``.ts``), so a build without PySide6 ships them as
they are.
"""

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildPyWithResources(build_py):
    def run(self) -> None:
        super().run()
        source = Path(__file__).parent / "resources"
        target = Path(self.build_lib) / "cjdesigner" / "resources"
        if source.is_dir():
            shutil.copytree(source, target, dirs_exist_ok=True)
        # The sample maps too: `cjdesigner --self-test` reads them, and consultants learn from them.
        samples = Path(__file__).parent / "samples"
        if samples.is_dir():
            shutil.copytree(samples, target / "samples", dirs_exist_ok=True)
        self._compile_translations(Path(self.build_lib) / "cjdesigner" / "i18n")

    @staticmethod
    def _compile_translations(target: Path) -> None:
        lrelease = shutil.which("pyside6-lrelease") or str(
            Path(sys.executable).parent / "pyside6-lrelease"
        )
        if not Path(lrelease).exists():
            return
        for ts in sorted((Path(__file__).parent / "cjdesigner" / "i18n").glob("*.ts")):
            qm = target / ts.with_suffix(".qm").name
            subprocess.run([lrelease, str(ts), "-qm", str(qm)], check=False, capture_output=True)


setup(cmdclass={"build_py": BuildPyWithResources})
