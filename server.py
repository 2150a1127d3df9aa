"""WSGI entry for ``flask --app server run`` and gunicorn (``gunicorn server:app``).

``kg serve`` is the usual way to run the server; set KG_STORE to the store folder and
KG_CURATOR_TOKEN to enable curator mode.
"""
import os

from kg_builder.web import create_app

app = create_app(store=os.environ.get("KG_STORE", "data/store"),
                 curator_token=os.environ.get("KG_CURATOR_TOKEN"))
