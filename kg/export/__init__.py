"""Writers for every output format, one module per format (as in ``networkx.readwrite``)."""
