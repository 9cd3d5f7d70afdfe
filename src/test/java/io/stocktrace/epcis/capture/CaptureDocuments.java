package io.stocktrace.epcis.capture;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** EPCIS 2.0 documents and events as suppliers send them, built for the capture tests. */
final class CaptureDocuments {
    static final String SALAD_PK7 = "urn:epc:class:lgtin:9506000.013435.PK-7";
    static final String LETTUCE_H1 = "https://id.gs1.org/01/09506000134369/10/H-1";
    static final String FARM_PARTY = "urn:epc:id:pgln:9506000.00003";
    static final String PACKER_PARTY = "urn:epc:id:pgln:9506000.00004";
    static final String OUR_PARTY = "urn:epc:id:pgln:9506000.00001";
    static final String PALLET = "urn:epc:id:sscc:9506000.0000000001";
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

    /** A lot packed into a pallet or case: the parent's later shipping names the parent alone. */
    static Map<String, Object> packing(String id, String time, String parent, String epcClass, Number quantity) {
        Map<String, Object> event = header("AggregationEvent", id, time);
        event.put("parentID", parent);
        event.put("childQuantityList", List.of(Map.of("epcClass", epcClass, "quantity", quantity, "uom", "KGM")));
        event.put("action", "ADD");
        event.put("bizStep", "packing");
        event.put("readPoint", Map.of("id", "urn:epc:id:sgln:9506000.00002.0"));
        return event;
    }

    /** A shipping event naming instances (a pallet's SSCC), not quantities. */
    static Map<String, Object> shippingOf(String id, String time, String epc, String from, String to) {
        Map<String, Object> event = header("ObjectEvent", id, time);
        event.put("epcList", List.of(epc));
        event.put("action", "OBSERVE");
        event.put("bizStep", "shipping");
        event.put("readPoint", Map.of("id", "urn:epc:id:sgln:9506000.00002.0"));
        event.put("sourceList", List.of(Map.of("type", "owning_party", "source", from)));
        event.put("destinationList", List.of(Map.of("type", "owning_party", "destination", to)));
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

    /** A farm harvests lettuce lot H-1 and ships it to the packer. */
    static Map<String, Object> farmDocument() {
        return document(List.of(
                objectEvent("urn:uuid:30000000-0000-4000-8000-000000000001", "2026-11-01T06:00:00Z", "ADD",
                        "commissioning", LETTUCE_H1, 60),
                shipping("urn:uuid:30000000-0000-4000-8000-000000000002", "2026-11-01T09:00:00Z", LETTUCE_H1, 50,
                        FARM_PARTY, PACKER_PARTY)));
    }

    /** The packer receives H-1, makes salad lot PK-7 of it, packs it on a pallet and ships the pallet to us. */
    static Map<String, Object> packerDocument() {
        return document(List.of(
                objectEvent("urn:uuid:40000000-0000-4000-8000-000000000001", "2026-11-01T12:00:00Z", "OBSERVE",
                        "receiving", LETTUCE_H1, 50),
                transformation("urn:uuid:40000000-0000-4000-8000-000000000002", "2026-11-02T08:00:00Z", LETTUCE_H1, 50,
                        SALAD_PK7, 40),
                packing("urn:uuid:40000000-0000-4000-8000-000000000003", "2026-11-02T14:00:00Z", PALLET,
                        SALAD_PK7, 10),
                shippingOf("urn:uuid:40000000-0000-4000-8000-000000000004", "2026-11-02T15:00:00Z", PALLET,
                        PACKER_PARTY, OUR_PARTY)));
    }
}
