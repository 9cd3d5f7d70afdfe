package io.stocktrace.epcis.capture;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** EPCIS 2.0 documents and events as suppliers send them, built for the capture tests. */
final class CaptureDocuments {
    static final List<Object> CONTEXT = List.of("https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld");

    private CaptureDocuments() {
    }

    static Map<String, Object> document(List<Map<String, Object>> events) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("@context", CONTEXT);
        document.put("type", "EPCISDocument");
        document.put("schemaVersion", "2.0");
        document.put("creationDate", "2026-11-20T08:00:00.000Z");
        document.put("epcisBody", Map.of("eventList", events));
        return document;
    }

    static Map<String, Object> objectEvent(String id, String time, String action, String bizStep, String epcClass,
                                           Number quantity) {
        Map<String, Object> event = header("ObjectEvent", id, time);
        event.put("action", action);
        event.put("bizStep", bizStep);
        event.put("disposition", "in_progress");
        event.put("quantityList", List.of(Map.of("epcClass", epcClass, "quantity", quantity, "uom", "KGM")));
        event.put("readPoint", Map.of("id", "urn:epc:id:sgln:9506000.00001.0"));
        return event;
    }

    static Map<String, Object> shipping(String id, String time, String epcClass, Number quantity, String from, String to) {
        Map<String, Object> event = objectEvent(id, time, "OBSERVE", "shipping", epcClass, quantity);
        event.put("sourceList", List.of(Map.of("type", "owning_party", "source", from)));
        event.put("destinationList", List.of(Map.of("type", "owning_party", "destination", to)));
        return event;
    }

    static Map<String, Object> transformation(String id, String time, String input, Number inputQuantity, String output,
                                              Number outputQuantity) {
        Map<String, Object> event = header("TransformationEvent", id, time);
        event.put("inputQuantityList", List.of(Map.of("epcClass", input, "quantity", inputQuantity, "uom", "KGM")));
        event.put("outputQuantityList", List.of(Map.of("epcClass", output, "quantity", outputQuantity, "uom", "KGM")));
        event.put("bizStep", "commissioning");
        event.put("readPoint", Map.of("id", "urn:epc:id:sgln:9506000.00002.0"));
        return event;
    }

    private static Map<String, Object> header(String type, String id, String time) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", type);
        event.put("eventID", id);
        event.put("eventTime", time);
        event.put("eventTimeZoneOffset", "+00:00");
        return event;
    }
}
