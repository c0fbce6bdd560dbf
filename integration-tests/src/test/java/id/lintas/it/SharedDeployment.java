package id.lintas.it;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Deploys the EAR once for all test classes whose {@code @Deployment} is managed, instead of once per
 * class: Arquillian would deploy and undeploy it 20 times, which cost about 15 s each and grew
 * Payara's heap with every round. The kept deployment is really undeployed before a class deploys
 * something else under its own control (CaseFlowIT and SopVersioningIT redeploy the application
 * on purpose, to show what survives a restart), and before the container stops.
 *
 * <p>{@code -Dlintas.it.redeploy=true} brings back one deployment per class.
 */
public class SharedDeployment {
    /** The archive deployed and kept, and the container it is in; null while none is kept. */
    private static Archive<?> kept;
    private static DeployableContainer<?> keptIn;

    public static final class Extension implements LoadableExtension {
        @Override
        public void register(ExtensionBuilder builder) {
            if (!Boolean.getBoolean("lintas.it.redeploy")) {
                builder.observer(SharedDeployment.class);
            }
        }
    }

    public void deploy(@Observes EventContext<DeployDeployment> context) throws Exception {
        Deployment deployment = context.getEvent().getDeployment();
        DeployableContainer<?> container = context.getEvent().getDeployableContainer();
        boolean shareable = shareable(deployment.getDescription());
        if (shareable && kept != null && keptIn == container && sameArchive(deployment.getDescription().getArchive())) {
            deployment.deployed(); // already there, from an earlier class
            return;
        }
        releaseKept();
        context.proceed();
        if (shareable && deployment.isDeployed() && !deployment.hasDeploymentError()) {
            kept = deployment.getDescription().getArchive();
            keptIn = container;
        }
    }

    public void undeploy(@Observes EventContext<UnDeployDeployment> context) throws Exception {
        Deployment deployment = context.getEvent().getDeployment();
        if (shareable(deployment.getDescription()) && kept != null && sameArchive(deployment.getDescription().getArchive())) {
            deployment.undeployed(); // for this class; it stays in the server for the next one
            return;
        }
        context.proceed();
    }

    public void beforeStop(@Observes BeforeStop event) throws Exception {
        releaseKept();
    }

    private static void releaseKept() throws Exception {
        if (kept != null) {
            Archive<?> archive = kept;
            DeployableContainer<?> container = keptIn;
            kept = null;
            keptIn = null;
            container.undeploy(archive);
        }
    }

    private static boolean shareable(DeploymentDescription description) {
        return description.managed() && description.isArchiveDeployment() && description.getTestableArchive() == null;
    }

    private static boolean sameArchive(Archive<?> archive) {
        return archive.getName().equals(kept.getName());
    }
}
