package se.varna.factor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import se.varna.common.FieldError;
import se.varna.common.InvalidParameterException;
import se.varna.common.Messages;
import se.varna.common.PageRequest;
import se.varna.common.References;
import se.varna.factor.FactorDtos.FactorInput;
import se.varna.factor.FactorDtos.FactorPage;
import se.varna.factor.FactorDtos.FactorView;

/**
 * The owner of the taxonomy of risk and protective factors: read by anyone, extended by the
 * coordinator, and the one rule by which a code a request gives finds a factor (see
 * {@link #findByCode}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FactorService {

    public FactorPage listFactors(Factor.Kind kind, PageRequest page) {
        List<FactorView> items = page.window(Factor.<Factor>find("kind", Sort.by("position").and("code"), kind))
                .stream().map(FactorView::of).toList();
        return new FactorPage(items, Factor.count("kind", kind), page.limit(), page.offset());
    }

    /**
     * Adds a factor at the end of its kind's list; a code must be unique across both kinds. The
     * input's own limits (the code's pattern, the names' lengths) are its constraints.
     */
    @Transactional
    public FactorView createFactor(Factor.Kind kind, FactorInput input) {
        if (input == null) {
            throw new InvalidParameterException("body", Messages.text("field.required"));
        }
        List<FieldError> errors = new ArrayList<>();
        if (findByCode(input.code()).isPresent()) {
            errors.add(new FieldError("code", Messages.text("field.factorCode.taken")));
        }
        if (input.name() == null) {
            // named per language, as a blank one is
            errors.add(new FieldError("name.sv", Messages.text("field.required")));
            errors.add(new FieldError("name.en", Messages.text("field.required")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidParameterException(errors);
        }
        Factor f = new Factor();
        f.kind = kind;
        f.code = input.code();
        f.level = input.level();
        f.nameSv = input.name().sv().trim();
        f.nameEn = input.name().en().trim();
        f.position = nextPosition(kind);
        f.persist();
        return FactorView.of(f);
    }

    private static int nextPosition(Factor.Kind kind) {
        Integer last = Factor.getEntityManager()
                .createQuery("select max(f.position) from Factor f where f.kind = :kind", Integer.class)
                .setParameter("kind", kind).getSingleResult();
        return last == null ? 0 : last + 1;
    }

    // ---- lookup by code: the one rule -------------------------------------------------------

    /**
     * The factor a code names, of either kind, by the one rule every operation uses:
     * surrounding spaces are ignored and letter case matters (codes are capitals, e.g.
     * {@code TRANGBODDHET}). Exact because every operation always compared factor codes exactly.
     */
    public Optional<Factor> findByCode(String code) {
        return code == null ? Optional.empty() : Factor.<Factor>find("code", key(code)).firstResultOptional();
    }

    /** The factor {@code code} names, or null after adding an error naming {@code field} to {@code errors}. */
    public Factor requireByCode(String code, String field, List<FieldError> errors) {
        Optional<Factor> factor = findByCode(code);
        if (factor.isEmpty()) {
            errors.add(new FieldError(field, References.unknown("thing.factor.code", code)));
        }
        return factor.orElse(null);
    }

    /**
     * The factors of {@code kind} that {@code codes} name, by one query; an error at
     * {@code field[i]} for each code that names none of that kind.
     */
    public Set<Factor> requireByCodes(Factor.Kind kind, List<String> codes, String field, List<FieldError> errors) {
        return References.resolve(errors, field, codes, FactorService::key,
                keys -> Factor.<Factor>list("kind = ?1 and code in ?2", kind, keys), f -> f.code,
                "thing." + kind + ".factor.code");
    }

    private static String key(String code) {
        return code.strip();
    }
}
