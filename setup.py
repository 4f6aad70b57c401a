"""Copy the top-level ``resources/`` folder into the built package.

The icons and fonts live at the top of the repository (designers and the PDF export share them),
but an installed wheel must carry them inside ``cjdesigner/resources`` (and the sample maps in
``cjdesigner/resources/samples``). ``cjdesigner.assets``
looks in both places, so a source checkout and an installed wheel find the same files.
"""

import shutil
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


setup(cmdclass={"build_py": BuildPyWithResources})
