/**
 * Interface strings of the propagation environment (see part.ts): the class names of
 * analysis/coverage/environment.ts, the map layer of the environment grid and its legend.
 */
import { messagePart } from './part.js';

export const ENVIRONMENT_MESSAGES = messagePart(
  {
    'env.dense-urban': 'Đô thị dày đặc',
    'env.urban': 'Đô thị',
    'env.suburban': 'Ven đô',
    'env.rural': 'Nông thôn',
    'env.open': 'Đất trống',
    'layer.environment': 'Môi trường truyền sóng',
    'env.legendTitle': 'Môi trường truyền sóng (ô 1 km)',
    'env.density': 'Mật độ dân số (2019, người/km²)',
    'env.roads': 'Mật độ đường chính trong 3 × 3 km (km/km²)',
    'env.industrial': 'Khu công nghiệp',
    'env.note':
      'Phân loại theo mật độ dân số điều tra 2019 của phường, xã, mật độ đường chính OpenStreetMap và các khu công nghiệp; mỗi trạm lấy loại của ô 1 km nơi trạm đứng.',
  },
  {
    'env.dense-urban': 'Dense urban',
    'env.urban': 'Urban',
    'env.suburban': 'Suburban',
    'env.rural': 'Rural',
    'env.open': 'Open land',
    'layer.environment': 'Propagation environment',
    'env.legendTitle': 'Propagation environment (1 km cells)',
    'env.density': 'Population density (2019, people/km²)',
    'env.roads': 'Major-road density over 3 × 3 km (km/km²)',
    'env.industrial': 'Industrial zone',
    'env.note':
      'Classified from the 2019 census density of the ward, the density of OpenStreetMap major roads and the industrial zones; each site takes the class of the 1 km cell it stands in.',
  },
);
