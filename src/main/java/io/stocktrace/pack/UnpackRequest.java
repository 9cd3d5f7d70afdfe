package io.stocktrace.pack;

import io.stocktrace.stock.TransferRequest;
import java.util.List;

/** Unpack: take these lines and child packages out of the package; neither given: take everything out. */
public record UnpackRequest(List<TransferRequest.Line> lines, List<String> packages) {
    public boolean everything() {
        return (lines == null || lines.isEmpty()) && (packages == null || packages.isEmpty());
    }
}
