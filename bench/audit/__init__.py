"""Cases of the reliability audit, by section; run them with bench/reliability_audit.py."""
