/**
 * How the panels reach the application: the session (worker requests: read a file, suggest sites, the annual
 * report) and the map handle (the view and its picture), through React contexts set once by the app. Null while
 * the map is not built yet (the map handle) or in component tests that need neither.
 */
import { createContext, useContext } from 'react';
import type { Session } from '../session/session.js';
import type { MapHandle } from '../map/map-controller.js';

export const SessionContext = createContext<Session | null>(null);
export const MapHandleContext = createContext<MapHandle | null>(null);

export const useSession = (): Session | null => useContext(SessionContext);
export const useMapHandle = (): MapHandle | null => useContext(MapHandleContext);
