package se.varna.disclosure;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.openapi.annotations.Operation;

/** Notes the operation id of each request's resource method in {@link CurrentOperation}. */
@Provider
public class CurrentOperationFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Inject
    CurrentOperation operation;

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource == null || resource.getResourceMethod() == null) {
            return;
        }
        Operation annotation = resource.getResourceMethod().getAnnotation(Operation.class);
        if (annotation != null && !annotation.operationId().isEmpty()) {
            operation.set(annotation.operationId());
        }
    }
}
