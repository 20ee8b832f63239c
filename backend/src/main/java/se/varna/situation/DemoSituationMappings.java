package se.varna.situation;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;
import se.varna.common.document.VersionedDocuments;

/**
 * Drafts the mapping of demo lägesbilder that have none, once, when the service starts. The demo
 * SQL cannot write one: a mapping keeps, per crime figure, the cell key the disclosure control
 * publishes it by, and that key derives from the service's secret. Real lägesbilder always get
 * their mapping when they are created.
 */
@ApplicationScoped
public class DemoSituationMappings {

    private static final Logger LOG = Logger.getLogger(DemoSituationMappings.class);

    @Inject
    SituationMapping mapping;

    @Inject
    VersionedDocuments documents;

    @Inject
    ObjectMapper json;

    @ActivateRequestContext
    @Transactional
    void onStart(@Observes StartupEvent event) {
        @SuppressWarnings("unchecked")
        List<Number> ids = SituationPicture.getEntityManager()
                .createNativeQuery("select id from situation_picture where demo and mapping ->> 'builtAt' is null")
                .getResultList();
        for (Number id : ids) {
            SituationPicture p = SituationPicture.findById(id.longValue());
            try {
                StoredMapping m = mapping.build(p.periodFrom, p.periodTo, documents.now());
                p.mapping = json.writeValueAsString(m);
                p.mappingBuiltAt = m.builtAt();
            } catch (RuntimeException | JsonProcessingException e) {
                // demo data must never stop the service from starting
                LOG.warnf(e, "Could not draft the mapping of demo lägesbild %d", p.id);
            }
        }
    }
}
