package io.stocktrace.pack;

import io.stocktrace.location.Location;
import io.stocktrace.problem.FieldProblem;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.problem.Validation;
import io.stocktrace.stock.TransferRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Checks every item of a bulk Put in Pack before anything is written, reading what it needs once for the whole
 * request (the lines' products and lots, the packages named, locked in id order, and those above them, the
 * reservations, the quants): each item is checked as if the items before it were done, with the rules of a single
 * Put in Pack ({@link PackWork#pack}), and every problem of every item is reported at once.
 */
@Component
class PackPlanner {
    private final PackLines lines;
    private final PackageRepository packages;
    private final PackBulkRepository bulk;
    private final PackageNames names;
    private final PackContents contents;

    PackPlanner(PackLines lines, PackageRepository packages, PackBulkRepository bulk, PackageNames names,
                PackContents contents) {
        this.lines = lines;
        this.packages = packages;
        this.bulk = bulk;
        this.names = names;
        this.contents = contents;
    }

    /** The plan of the steps, or every problem of every step as one exception. */
    PackPlan plan(List<PackStep> steps) {
        PackProblems problems = new PackProblems();
        Set<Integer> failed = new HashSet<>();
        steps.stream().filter(s -> !checkShape(s, problems)).forEach(s -> failed.add(s.index()));
        List<List<PackLines.Resolved>> resolved = lines.resolveAll(steps.stream().map(s -> failed.contains(s.index())
                || s.item().lines() == null ? List.<TransferRequest.Line>of() : s.item().lines()).toList(),
                steps.stream().map(PackStep::at).toList(), problems);
        Tree tree = new Tree(steps);
        List<PackPlan.NewPackage> made = tree.make(failed, problems);
        List<PackPlan.Step> planned = new ArrayList<>();
        for (PackStep s : steps) {
            if (resolved.get(s.index()) == null) {
                failed.add(s.index());
            }
            planned.add(failed.contains(s.index()) ? null : tree.place(s, resolved.get(s.index()), problems));
        }
        tree.refuseReserved(planned, problems);
        contents.check(planned, tree.locationNames, tree.nameOf, problems);
        problems.throwIfAny();
        return new PackPlan(made, planned);
    }

    /** Whether the item is whole: one package, something to put in it, a new package's fields, the bounds. */
    private boolean checkShape(PackStep s, PackProblems problems) {
        int before = problems.count();
        PackItem item = s.item();
        boolean children = item.packages() != null && !item.packages().isEmpty() || !s.contents().isEmpty();
        Validation v = new Validation()
                .require(item.packageId() != null ^ item.newPackage() != null, "packageId",
                        "give either packageId or package (a new one), not both")
                .require(item.lines() != null && !item.lines().isEmpty() || children, "lines",
                        "give lines or packages to put in the package");
        if (item.newPackage() != null) {
            PackageRequest p = item.newPackage();
            PackageNames.type(p.type(), "package.type", v);
            if (p.name() != null) {
                PackageNames.problem(p.name()).ifPresent(m -> v.add("package.name", m));
            }
            v.require(p.parentId() != null || p.locationId() != null, "package.locationId",
                    "is required (or a parentId)");
        }
        try {
            v.throwIfAny();
            lines.requireBounds(item.lines(), item.packages());
        } catch (StocktraceException e) {
            problems.add(s.at(), e);
        }
        return problems.count() == before;
    }

    /** The packages of the request: those named (locked), those made, and each one's parent as the steps go. */
    private final class Tree {
        private final List<PackStep> steps;
        private final Map<Long, StockPackage> locked = new HashMap<>();
        private final Map<String, StockPackage> byName;
        private final Map<Long, Long> parentOf;
        private final Map<Long, Long> locationOf = new HashMap<>();
        final Map<Long, String> nameOf = new HashMap<>();
        final Map<Long, String> locationNames = new HashMap<>();

        Tree(List<PackStep> steps) {
            this.steps = steps;
            Set<String> wanted = new HashSet<>();
            Set<Long> ids = new TreeSet<>();
            for (PackStep s : steps) {
                named(s).forEach(wanted::add);
                if (s.item().newPackage() != null && s.item().newPackage().name() != null) {
                    wanted.add(s.item().newPackage().name().strip());
                }
                if (s.item().newPackage() != null && s.item().newPackage().parentId() != null) {
                    ids.add(s.item().newPackage().parentId());
                }
                if (s.item().packageId() != null) {
                    ids.add(s.item().packageId());
                }
            }
            byName = wanted.isEmpty() ? Map.of() : packages.byNames(wanted);
            byName.values().forEach(p -> ids.add(p.id()));
            packages.lock(ids).forEach(p -> {
                locked.put(p.id(), p);
                nameOf.put(p.id(), p.name());
                locationOf.put(p.id(), p.locationId());
                locationNames.put(p.locationId(), p.location());
            });
            parentOf = bulk.parentsUp(locked.keySet());
        }

        private static List<String> named(PackStep s) {
            return s.item().packages() == null ? List.of()
                    : s.item().packages().stream().map(n -> n == null ? "" : n.strip()).toList();
        }

        /** The new packages, named and placed; a step whose package cannot be made is marked failed. */
        List<PackPlan.NewPackage> make(Set<Integer> failed, PackProblems problems) {
            List<PackStep> making = steps.stream().filter(s -> s.item().newPackage() != null
                    && !failed.contains(s.index())).toList();
            List<String> drawn = names.next((int) making.stream().filter(s -> s.item().newPackage().name() == null)
                    .count());
            Set<String> given = new HashSet<>();
            List<PackPlan.NewPackage> made = new ArrayList<>();
            int next = 0;
            for (PackStep s : making) {
                PackageRequest p = s.item().newPackage();
                String name = p.name() == null ? drawn.get(next++) : p.name().strip();
                try {
                    if (byName.containsKey(name) || !given.add(name)) {
                        throw StocktraceException.atField(ProblemType.DUPLICATE_PACKAGE_NAME, "package.name",
                                "A package named " + name + " already exists.");
                    }
                    long location = location(p);
                    made.add(new PackPlan.NewPackage(s.newKey(), name, PackageNames.type(p.type(), "", new Validation()),
                            p.parentId(), location));
                    nameOf.put(s.newKey(), name);
                    locationOf.put(s.newKey(), location);
                    parentOf.put(s.newKey(), p.parentId());
                } catch (StocktraceException e) {
                    problems.add(s.at(), e);
                    failed.add(s.index());
                }
            }
            return made;
        }

        private long location(PackageRequest p) {
            Long locationId = p.locationId();
            if (p.parentId() != null) {
                StockPackage parent = locked.get(p.parentId());
                if (parent == null) {
                    throw StocktraceException.invalid("package.parentId", "no package " + p.parentId());
                }
                if (locationId != null && locationId != parent.locationId()) {
                    throw StocktraceException.invalid("package.locationId", "package " + parent.name() + " is in "
                            + parent.location() + ": a package is where the package it is in is");
                }
                return parent.locationId();
            }
            if (!locationNames.containsKey(locationId)) {
                Location location = lines.stockLocation(locationId, "package.locationId");
                locationNames.put(location.id(), location.fullName());
            }
            return locationId;
        }

        /** The step as done after the steps before it: its children checked and put in its package. */
        PackPlan.Step place(PackStep s, List<PackLines.Resolved> resolved, PackProblems problems) {
            long target = s.item().packageId() != null ? s.item().packageId() : s.newKey();
            if (!locationOf.containsKey(target)) {
                problems.add(s.at(), StocktraceException.notFound("Package", target));
                return null;
            }
            int before = problems.count();
            List<PackPlan.Child> children = new ArrayList<>();
            List<String> named = named(s);
            for (int i = 0; i < named.size(); i++) {
                StockPackage p = byName.get(named.get(i));
                Validation v = new Validation()
                        .require(p != null, "packages[" + i + "]", "no package named '" + named.get(i) + "'")
                        .require(named.indexOf(named.get(i)) == i, "packages[" + i + "]", "named twice");
                if (v.isEmpty()) {
                    child(s, target, p.id(), i, children, problems);
                } else {
                    problems.add(s.at(), v);
                }
            }
            for (int j = 0; j < s.contents().size(); j++) {
                long key = steps.get(s.contents().get(j)).newKey();
                if (locationOf.containsKey(key)) {
                    child(s, target, key, named.size() + j, children, problems);
                }
            }
            if (problems.count() > before) {
                return null;
            }
            children.forEach(c -> parentOf.put(c.key(), target));
            return new PackPlan.Step(s, target, locationOf.get(target), resolved, children, new HashMap<>());
        }

        /** Each child is where the target is, is not the target, and does not hold the target, however deep. */
        private void child(PackStep s, long target, long key, int i, List<PackPlan.Child> children,
                           PackProblems problems) {
            String child = nameOf.get(key);
            String into = nameOf.get(target);
            for (Long up = target; up != null; up = parentOf.get(up)) {
                if (up == key) {
                    problems.add(s.at(), new StocktraceException(ProblemType.PACKAGE_CYCLE, "Package " + child
                            + " cannot go into " + into + ": " + (key == target ? "that is itself." : into
                            + " is inside it."), List.of(new FieldProblem("packages[" + i + "]", "holds " + into)),
                            Map.of()));
                    return;
                }
            }
            if (!locationOf.get(key).equals(locationOf.get(target))) {
                problems.add(s.at(), StocktraceException.invalid("packages[" + i + "]", "package " + child + " is in "
                        + locationNames.get(locationOf.get(key)) + ", not in " + locationNames.get(locationOf
                        .get(target)) + " where " + into + " is"));
                return;
            }
            children.add(new PackPlan.Child(key, child, parentOf.get(key), locationOf.get(key)));
        }

        /**
         * A package reserved by a ready transfer, what is around it and what is inside it stay as they are: one
         * reading of the reservations for the whole request, each one refused in the first step it concerns.
         */
        void refuseReserved(List<PackPlan.Step> planned, PackProblems problems) {
            List<PackPlan.Step> ok = planned.stream().filter(Objects::nonNull).toList();
            List<Long> roots = new ArrayList<>();
            List<Long> existingChildren = new ArrayList<>();
            for (PackPlan.Step p : ok) {
                roots.addAll(roots(p));
                p.children().stream().filter(c -> c.key() > 0).forEach(c -> existingChildren.add(c.key()));
            }
            List<PackageRepository.Node> inside = packages.trees(existingChildren);
            Map<Long, Long> insideParent = new HashMap<>();
            inside.forEach(n -> insideParent.put(n.id(), n.parentId()));
            for (var r : contents.reservations(inside.stream().map(PackageRepository.Node::id).toList(), roots)) {
                for (PackPlan.Step p : ok) {
                    if (concerns(p, r.packageId(), insideParent)) {
                        problems.add(p.step().at(), new StocktraceException(ProblemType.INSUFFICIENT_STOCK, "Package "
                                + r.packageName() + " is reserved by " + r.reference()
                                + ": unreserve or cancel it first.").with("packageId", r.packageId())
                                .with("reservedBy", r.reference()));
                        break;
                    }
                }
            }
        }

        /** The existing packages of a step: its package (or the one it is made in) and the packages put in it. */
        private List<Long> roots(PackPlan.Step p) {
            List<Long> roots = new ArrayList<>();
            Long existing = p.target() > 0 ? Long.valueOf(p.target()) : p.step().item().newPackage().parentId();
            if (existing != null) {
                roots.add(existing);
            }
            p.children().stream().filter(c -> c.key() > 0).forEach(c -> roots.add(c.key()));
            return roots;
        }

        private boolean concerns(PackPlan.Step p, long reserved, Map<Long, Long> insideParent) {
            List<Long> roots = roots(p);
            for (long root : roots) {
                for (Long up = root; up != null; up = parentOf.get(up)) {
                    if (up == reserved) {
                        return true;
                    }
                }
            }
            for (Long up = reserved; up != null; up = insideParent.get(up)) {
                if (roots.contains(up)) {
                    return true;
                }
            }
            return false;
        }
    }
}
