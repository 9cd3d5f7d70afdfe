package io.stocktrace.pack;

import io.stocktrace.api.Page;
import io.stocktrace.api.Paging;
import io.stocktrace.location.Location;
import io.stocktrace.problem.ProblemType;
import io.stocktrace.problem.StocktraceException;
import io.stocktrace.problem.Validation;
import io.stocktrace.security.Requires;
import io.stocktrace.security.Role;
import io.stocktrace.stock.StockRepack;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Packages: create them, read what they hold (with nesting), and Put in Pack / Unpack, which {@link PackWork} does.
 * The rules: a package is in one location and its content and children are there too (the database's keys hold
 * it); a serial is in one package at most (a serial has one quant); nothing is ever negative; no package is inside
 * itself, however deep.
 */
@Service
public class PackageService {
    private final PackageRepository packages;
    private final PackageNames names;
    private final PackLines lines;
    private final PackWork work;
    private final Clock clock;

    PackageService(PackageRepository packages, PackageNames names, PackLines lines, PackWork work, Clock clock) {
        this.packages = packages;
        this.names = names;
        this.lines = lines;
        this.work = work;
        this.clock = clock;
    }

    /**
     * An empty package, named by the request or given the next SSCC (PACK00001, ... without a company prefix), in a
     * location of our stock or inside a parent package (and then where its parent is).
     */
    @Requires(Role.OPERATOR)
    @Transactional
    public StockPackage create(PackageRequest request, String actor) {
        names.requireEnabled("Creating a package");
        if (request == null) {
            throw StocktraceException.invalid("locationId", "is required");
        }
        return get(insert(request, "", actor));
    }

    /** Inserts the package after checking it; {@code at} prefixes the fields of problems ("package."). */
    long insert(PackageRequest request, String at, String actor) {
        Validation v = new Validation();
        String type = PackageNames.type(request.type(), at + "type", v);
        if (request.name() != null) {
            PackageNames.problem(request.name()).ifPresent(p -> v.add(at + "name", p));
        }
        v.require(request.parentId() != null || request.locationId() != null, at + "locationId",
                "is required (or a parentId)");
        v.throwIfAny();
        Long locationId = request.locationId();
        if (request.parentId() != null) {
            StockPackage parent = packages.lock(List.of(request.parentId())).stream().findFirst()
                    .orElseThrow(() -> StocktraceException.invalid(at + "parentId", "no package " + request.parentId()));
            if (locationId != null && locationId != parent.locationId()) {
                throw StocktraceException.invalid(at + "locationId", "package " + parent.name() + " is in "
                        + parent.location() + ": a package is where the package it is in is");
            }
            locationId = parent.locationId();
        }
        Location location = lines.stockLocation(locationId, at + "locationId");
        String name = request.name() == null ? names.next() : request.name().strip();
        if (!packages.byNames(List.of(name)).isEmpty()) {
            throw StocktraceException.atField(ProblemType.DUPLICATE_PACKAGE_NAME, at + "name",
                    "A package named " + name + " already exists.");
        }
        return packages.insert(name, type, request.parentId(), location.id(), actor, clock.instant());
    }

    /** Put in Pack: loose stock and packages of the package's location into it (a new one, or one that exists). */
    @Requires(Role.OPERATOR)
    @Transactional
    public PackOperation putInPack(PackRequest request, String actor) {
        names.requireEnabled("Put in Pack");
        StockRepack.Batch batch = new StockRepack.Batch();
        PackOperation done = putInPack(request, actor, batch, "");
        work.flush(batch);
        return done;
    }

    /**
     * One Put in Pack of a bulk request (Put in Pack enabled, role and transaction checked by the caller): its serials'
     * moves wait in the batch, which the caller flushes before the transaction ends.
     */
    PackOperation putInPack(PackRequest request, String actor, StockRepack.Batch batch, String at) {
        if (request == null) {
            throw StocktraceException.invalid("packageId", "is required (or a new package)");
        }
        new Validation()
                .require(request.packageId() != null ^ request.newPackage() != null, "packageId",
                        "give either packageId or package (a new one), not both")
                .require(request.lines() != null && !request.lines().isEmpty()
                        || request.packages() != null && !request.packages().isEmpty(), "lines",
                        "give lines or packages to put in the package")
                .throwIfAny();
        lines.requireBounds(request.lines(), request.packages());
        List<PackLines.Resolved> resolved = lines.resolve(request.lines());
        long id = request.packageId() != null ? request.packageId() : insert(request.newPackage(), "package.", actor);
        return work.pack(id, resolved, request.packages(), actor, batch, at);
    }

    /** Unpack: the lines and child packages out of the package, loose where it is; neither given: everything. */
    @Requires(Role.OPERATOR)
    @Transactional
    public PackOperation unpack(long id, UnpackRequest request, String actor) {
        names.requireEnabled("Unpack");
        UnpackRequest r = request == null ? new UnpackRequest(null, null) : request;
        lines.requireBounds(r.lines(), r.packages());
        return work.unpack(id, r.everything() ? null : lines.resolve(r.lines()), r.everything() ? null : r.packages(),
                actor);
    }

    @Transactional(readOnly = true)
    public StockPackage get(long id) {
        return packages.find(id).orElseThrow(() -> StocktraceException.notFound("Package", id));
    }

    /** The package by its name or SSCC (as scanned). */
    @Transactional(readOnly = true)
    public StockPackage byName(String name) {
        StockPackage found = name == null ? null : packages.byNames(List.of(name.strip())).get(name.strip());
        if (found == null) {
            throw new StocktraceException(ProblemType.NOT_FOUND, "Package " + name + " does not exist.");
        }
        return found;
    }

    @Transactional(readOnly = true)
    public Page<StockPackage> list(String name, Long locationId, Paging paging) {
        return packages.list(name, locationId, paging);
    }

    /** What the package holds, its child packages with theirs, to any depth. */
    @Transactional(readOnly = true)
    public PackageContent content(long id) {
        StockPackage root = get(id);
        List<Long> ids = packages.trees(List.of(id)).stream().map(PackageRepository.Node::id).toList();
        Map<Long, List<PackageRepository.Held>> held = packages.held(ids);
        Map<Long, List<StockPackage>> children = packages.children(ids);
        return content(root, held, children);
    }

    private static PackageContent content(StockPackage pack, Map<Long, List<PackageRepository.Held>> held,
                                          Map<Long, List<StockPackage>> children) {
        List<PackageContent> inside = new ArrayList<>();
        for (StockPackage child : children.getOrDefault(pack.id(), List.of())) {
            inside.add(content(child, held, children));
        }
        return new PackageContent(pack, held.getOrDefault(pack.id(), List.of()).stream()
                .map(PackageRepository.Held::item).toList(), inside);
    }
}
