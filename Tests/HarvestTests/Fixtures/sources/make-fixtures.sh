#!/bin/sh
# How the PDF fixtures were made (Debian: groff, poppler-utils, img2pdf). Run from Tests/HarvestTests/Fixtures.
set -e
# An attachment with a text layer.
groff -Kutf8 -ms -Tpdf sources/bilag-tekst.ms > bilag-tekst.pdf
# An attachment and a page of minutes as scans: rendered to a 1-bit image, wrapped in a PDF without text.
groff -Kutf8 -ms -Tpdf -P-p3i,8.5i sources/bilag-scan.ms > /tmp/bilag-scan-text.pdf
pdftoppm -r 200 -mono -png -singlefile /tmp/bilag-scan-text.pdf /tmp/bilag-scan
img2pdf /tmp/bilag-scan.png -o bilag-scan.pdf
groff -Kutf8 -Tpdf -P-p6i,8.5i sources/scanned-minutes.ms > /tmp/scanned-minutes-text.pdf
pdftoppm -r 200 -mono -png -singlefile /tmp/scanned-minutes-text.pdf /tmp/scanned-minutes
img2pdf /tmp/scanned-minutes.png -o greve/greve_teknik-og-miljoeudvalget_2023-09-04.pdf
