"""Store backends besides the embedded Oxigraph one (:mod:`kg_builder.store`).

``memory`` holds an rdflib dataset (small graphs, tests); ``remote`` talks to a
SPARQL 1.1 server (Oxigraph server, Fuseki, GraphDB, Virtuoso, QLever).
``kg_builder.store.open_store`` picks the backend from the store spec.
"""
