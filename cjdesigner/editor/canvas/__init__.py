"""The map canvas: a scene that displays a MapDocument, and the view around it.

Imports go one way: the scene and its items read the model and report what the user asked
for; interactions turn those requests into undo commands pushed on the document.
"""

from cjdesigner.editor.canvas.scene import MapScene
from cjdesigner.editor.canvas.view import MapView

__all__ = ["MapScene", "MapView"]
